"""Poligraph's core: the domain model and ontology, the stores, analytics and RDF export.

This package imports nothing from ``ingest``, ``queries`` or ``dashboard``.
"""
