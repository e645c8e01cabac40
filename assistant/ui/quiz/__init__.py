"""The quiz feature: its page and the views it is built from."""

from assistant.ui.quiz.page import QuizPage

__all__ = ["QuizPage"]
