"""Safety Assistant: an offline helper against phone and online fraud in Kazakhstan."""

__version__ = "0.1.0"
APP_ID = "kz.safety_assistant.SafetyAssistant"
