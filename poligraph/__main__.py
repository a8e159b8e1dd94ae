from poligraph.cli import main

raise SystemExit(main())
