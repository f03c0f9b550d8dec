"""The model, data, figures and explorables behind the essay."""

from ._deferred import defer_iri_parsers

defer_iri_parsers()
