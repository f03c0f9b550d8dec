"""The model, data, figures and explorables behind the essay."""
