import traceback
from PySide6.QtCore import Qt, QObject, QEvent
from PySide6.QtWidgets import QApplication, QWidget
class F(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Show and isinstance(o, QWidget) and o.isWindow():
            print("SHOWN WINDOW", type(o).__name__, o.objectName(), type(o.parent()).__name__ if o.parent() else None)
            traceback.print_stack(limit=6)
        return False
def test_probe(make_window, qtbot):
    w = make_window(language="en")
    w.show_page("checklist")
    t = w.pages["checklist"].triage
    t.what_buttons["code-1414"].click()
    f = F(); QApplication.instance().installEventFilter(f)
    t.submit.click()
    print("clicked")
    qtbot.wait(20)
    QApplication.instance().removeEventFilter(f)
