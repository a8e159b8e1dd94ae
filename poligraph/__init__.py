"""Poligraph: news articles become a sourced graph of political actors and events."""

__version__ = "0.1.0"
