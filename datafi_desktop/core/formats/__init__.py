"""Converters between DataFi's task and annotation formats and other tools' formats."""
