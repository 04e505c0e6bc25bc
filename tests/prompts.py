"""A scripted stand-in for the window's questions to the planner (tests give it to
:class:`ecopark.ui.main_window.MainWindow` instead of the dialogs)."""

from __future__ import annotations


class ScriptedPrompts:
    """The window's questions answered by the test (ecopark.ui.file_controller.FilePrompts):
    set ``save_changes``, ``open_path``, ``save_path``, ``new_park``, ``import_path`` or
    ``delete_dependants`` (given the DeleteImpact, returns a DeleteChoice) to a
    function returning the answer. Unexpected questions and error dialogs fail the test, unless
    ``fail_on_error`` is False (then the titles are collected in ``errors``)."""

    def __init__(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.save_changes = lambda: QMessageBox.StandardButton.Discard
        self.open_path = self.save_path = self.new_park = self.import_path = self._unexpected
        self.delete_dependants = self._unexpected
        self.delete_questions: list[tuple[str, object]] = []
        self.fail_on_error = True
        self.errors: list[str] = []

    @staticmethod
    def _unexpected(*args: object) -> None:
        raise AssertionError("unexpected question to the planner")

    def ask_save_changes(self, title: str):  # type: ignore[no-untyped-def]
        return self.save_changes()

    def ask_open_path(self, start: str) -> str:
        return self.open_path()

    def ask_save_path(self, suggestion: str) -> str:
        return self.save_path()

    def ask_new_park(self):  # type: ignore[no-untyped-def]
        return self.new_park()

    def ask_import_path(self, start: str, patterns: str) -> str:
        return self.import_path()

    def show_error(self, title: str, message: str) -> None:
        self.errors.append(title)
        if self.fail_on_error:
            raise AssertionError(f"unexpected error dialog: {title}: {message}")

    def ask_delete_dependants(self, what: str, impact):  # type: ignore[no-untyped-def]
        self.delete_questions.append((what, impact))
        return self.delete_dependants(impact)
