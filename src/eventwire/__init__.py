"""eventwire: political event data from news text.

Who did what to whom, when, where, according to whom: actors resolved to
ISO3 country + sector (or an international organisation), events coded in
CAMEO with Goldstein score, QuadClass and PLOVER type, modality, attribution,
event date and place.

>>> import eventwire
>>> events = eventwire.extract("Blinken met Park Jin in Seoul on Thursday.", date="2023-11-09")
"""

from __future__ import annotations

import logging

from .config import Settings, load_settings
from .errors import (
    ConfigError,
    DocumentError,
    EventwireError,
    InputError,
    KnowledgeBaseError,
    ModelNotFoundError,
    StoreError,
)
from .pipeline import extract, extract_document, extract_documents, extract_quotes
from .records import (
    SCHEMA_VERSION,
    Actor,
    Document,
    DocumentResult,
    Event,
    Location,
    Mention,
    Quote,
    event_to_dict,
    quote_to_dict,
)

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ConfigError",
    "Document",
    "DocumentError",
    "DocumentResult",
    "Event",
    "EventwireError",
    "InputError",
    "KnowledgeBaseError",
    "Location",
    "Mention",
    "ModelNotFoundError",
    "Quote",
    "Settings",
    "StoreError",
    "__version__",
    "event_to_dict",
    "extract",
    "extract_document",
    "extract_documents",
    "extract_quotes",
    "load_settings",
    "quote_to_dict",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
