"""How ``poligraph dashboard`` starts Streamlit: the command line and the environment.

Store settings travel in the environment (never on the command line, where any user could
read a password in the process list), so the app opens the same store as the CLI.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path

from graph.config import StoreConfig

__all__ = ["APP_PATH", "DEFAULT_HOST", "DEFAULT_PORT", "DEFAULT_UPLOAD_MB", "streamlit_command",
           "dashboard_env"]

APP_PATH = Path(__file__).resolve().parent / "app.py"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8501
DEFAULT_UPLOAD_MB = 50


def streamlit_command(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                      upload_mb: int = DEFAULT_UPLOAD_MB) -> list[str]:
    """``streamlit run`` on the app: headless, no usage statistics, uploads capped."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_PATH),
        "--server.address", host,
        "--server.port", str(port),
        "--server.headless", "true",
        "--server.maxUploadSize", str(upload_mb),
        "--server.fileWatcherType", "none",
        "--server.runOnSave", "false",
        "--browser.gatherUsageStats", "false",
        "--global.developmentMode", "false",
        "--client.toolbarMode", "viewer",
    ]


def dashboard_env(config: StoreConfig, base: Mapping[str, str],
                  upload_mb: int = DEFAULT_UPLOAD_MB) -> dict[str, str]:
    """The environment for the app: ``base`` plus the chosen store's settings."""
    env = dict(base)
    env["POLIGRAPH_STORE"] = config.backend
    env["POLIGRAPH_DB"] = str(config.db_path)
    env["NEO4J_URI"] = config.neo4j_uri
    env["NEO4J_USER"] = config.neo4j_user
    env["NEO4J_DATABASE"] = config.neo4j_database
    if config.neo4j_password:
        env["NEO4J_PASSWORD"] = config.neo4j_password
    env["POLIGRAPH_UPLOAD_MB"] = str(upload_mb)
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    return env
