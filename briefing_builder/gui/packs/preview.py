"""The preview: the pack's PDF exactly as it will print, with zoom (in, out, fit width), page navigation
(previous, next, a page box) and a way to show any section's page. It only displays bytes it is given; the page
renders them off the UI thread.

The view shows a visible focus mark (a highlight border) when it has keyboard focus; PageUp/PageDown scroll it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QPointF, Qt, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
FOCUS_STYLE = ("QPdfView { border: 2px solid transparent; }"
               "QPdfView:focus { border: 2px solid palette(highlight); }")


class PreviewPanel(QWidget):
    """A QPdfView with its tool row. `page_changed(page)` is zero-based, as QtPdf counts."""

    page_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setStyleSheet(FOCUS_STYLE)
        self.view.setAccessibleName(self.tr("Preview of the pack"))
        self.view.setAccessibleDescription(self.tr("The pack as it will print. Page Up and Page Down move through it."))
        self.state = QLabel(self.tr("Preview: nothing yet"))
        self.state.setObjectName("muted")
        self.state.setWordWrap(True)
        self.state.setAccessibleName(self.tr("Preview status"))
        self._buffer: QBuffer | None = None

        def tool(text: str, name: str, tip: str) -> QToolButton:
            button = QToolButton()
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            return button

        self.zoom_out = tool("−", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+minus in the preview)"))
        self.zoom_in = tool("+", self.tr("Zoom in"), self.tr("Zoom in (Ctrl+plus in the preview)"))
        self.fit_width = tool(self.tr("Fit width"), self.tr("Fit the page width"), self.tr("Fit the page width to the preview"))
        self.fit_width.setCheckable(True)
        self.fit_width.setChecked(True)
        # Arrows point the way pages turn: right to left, the previous page is to the right.
        backward, forward = ("▶", "◀") if self.isRightToLeft() else ("◀", "▶")
        self.previous = tool(backward, self.tr("Previous page"), self.tr("Previous page"))
        self.next = tool(forward, self.tr("Next page"), self.tr("Next page"))
        self.page_box = QSpinBox()
        self.page_box.setRange(1, 1)
        self.page_box.setAccessibleName(self.tr("Page shown in the preview"))
        self.page_box.setToolTip(self.tr("Type a page number and press Enter"))
        self.page_box.setKeyboardTracking(False)  # jump on Enter or leaving the box, not on every digit
        self.page_count = QLabel(self.tr("of {pages}").format(pages=QLocale().toString(0)))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.zoom_out, self.zoom_in, self.fit_width):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.previous, self.page_box, self.page_count, self.next):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit_width.clicked.connect(self.fit)
        self.previous.clicked.connect(lambda: self.show_page(self.current_page() - 1))
        self.next.clicked.connect(lambda: self.show_page(self.current_page() + 1))
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))
        self.view.pageNavigator().currentPageChanged.connect(self._page_moved)
        self._update_controls()

    # --- content
    def load(self, data: bytes) -> None:
        """Show a new PDF, keeping the page the user was on (or the last page if the pack got shorter)."""
        page = self.current_page()
        self.pdf.close()
        if self._buffer is not None:  # each preview's PDF bytes would otherwise stay in memory until the page closes
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(1, self.pdf.pageCount()))
        self.page_box.blockSignals(False)
        self.page_count.setText(self.tr("of {pages}").format(pages=QLocale().toString(self.pdf.pageCount())))
        if page:
            self.show_page(min(page, self.pdf.pageCount() - 1))
        self._update_controls()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def show_page(self, page: int) -> None:
        """Scroll the preview to `page` (zero-based; clamped to the document)."""
        if self.pdf.pageCount() <= 0:
            return
        page = max(0, min(page, self.pdf.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF())
        self._page_moved(page)

    def find_text(self, text: str, first: int = 0, last: int | None = None) -> int | None:
        """The first page in [first, last] whose text contains `text` (spacing ignored), or None."""
        wanted = "".join(text.split()).casefold()
        if not wanted:
            return None
        last = self.pdf.pageCount() - 1 if last is None else min(last, self.pdf.pageCount() - 1)
        for page in range(max(0, first), last + 1):
            if wanted in "".join(self.pdf.getAllText(page).text().split()).casefold():
                return page
        return None

    # --- zoom
    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else \
            self._fit_factor()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self.fit_width.setChecked(False)
        self._update_controls()

    def fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.fit_width.setChecked(True)
        self._update_controls()

    def _fit_factor(self) -> float:
        """The zoom factor FitToWidth amounts to now (page width in points against the viewport)."""
        if self.pdf.pageCount() <= 0:
            return 1.0
        width_pt = self.pdf.pagePointSize(0).width() or 595.0
        dpi = self.logicalDpiX() or 96
        return max(ZOOM_MIN, (self.view.viewport().width() - 12) / (width_pt / 72 * dpi))

    def zoom_factor(self) -> float:
        return self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else self._fit_factor()

    # --- state
    def _page_moved(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        self._update_controls()
        self.page_changed.emit(page)

    def _update_controls(self) -> None:
        pages = self.pdf.pageCount()
        page = self.current_page()
        self.previous.setEnabled(pages > 0 and page > 0)
        self.next.setEnabled(pages > 0 and page < pages - 1)
        self.page_box.setEnabled(pages > 1)
        custom = self.view.zoomMode() == QPdfView.ZoomMode.Custom
        factor = self.view.zoomFactor() if custom else 1.0
        self.zoom_in.setEnabled(pages > 0 and (not custom or factor < ZOOM_MAX))
        self.zoom_out.setEnabled(pages > 0 and (not custom or factor > ZOOM_MIN))
        self.fit_width.setEnabled(pages > 0)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Plus,
                                                                                     Qt.Key.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() == Qt.Key.Key_Minus:
            self.zoom(1 / ZOOM_STEP)
        else:
            super().keyPressEvent(event)


__all__ = ["PreviewPanel"]
