"""The WebSocket Server dialog in German: in each of its states (empty, a good file read, a
file with problems, validated against real TLS endpoints on 127.0.0.1, a certificate trusted,
an endpoint out of reach, several files) it says every word of its own in German, with unique
mnemonics, and at double text size cuts no label or button off. The certificate dialog, the
pin question and the token dialog too. Screenshots go to test-artifacts/.

The words domain/ and services/ make (a problem's message, a step's detail, a certificate's
verdict) are checked too: they are Words, said in German where the dialog shows them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import trustme
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from test_dialog_flow import (
    HOST,
    LEFT,
    TOKEN,
    closed_port,
    details_json,
    idle,
    open_file,
    tls_server,
    validated_file_dialog,
)
from test_several_files import drop, files, opened, validate_all
from translation_checks import (
    cut_off,
    double_text_size,
    repeated_mnemonics,
    shown_in_english,
    squeezed,
    visible_texts,
)

from nbwss_gui.ui.server_dialog.certificate_view import CertificateDialog, CertificateView
from nbwss_gui.ui.server_dialog.endpoint_dialog import EndpointDialog
from nbwss_gui.ui.server_dialog.token_view import TokenDialog

DATA = Path(__file__).resolve().parents[2] / "data" / "endpoints"
SHOT = Path(__file__).with_name("dialog_shot.py")


# The certificate's own values (names, numbers, algorithms): the same in any language.
CERTIFICATE_VALUES = ("subject", "sans", "issuer", "serial", "sha256", "not_before", "signature")


def certificate_values(view: CertificateView) -> list[str]:
    keys = [key for key in CERTIFICATE_VALUES if view.info is not None]
    return [view.text(key) for key in keys] + [view.values[key].text() for key in keys]


def values_of(dialog: QWidget) -> list[str]:
    """Values the person gave or the endpoint has: the same in any language."""
    texts = [str(DATA), HOST, TOKEN]
    for view in dialog.findChildren(CertificateView):
        texts += certificate_values(view)
    for edit in dialog.findChildren(QWidget):
        text = getattr(edit, "text", None)
        if callable(text) and edit.metaObject().className() == "QLineEdit":
            texts.append(text())
    return texts


def check_german(dialog: QWidget, *more_ignored: str) -> list[str]:
    """Every visible text, tooltip, placeholder and accessible name; none may be English."""
    texts = visible_texts(dialog, extras=True)
    ignored = [*values_of(dialog), *more_ignored]
    left = shown_in_english(texts, ignored)
    assert left == [], "shown in English"
    assert repeated_mnemonics(visible_texts(dialog)) == []
    QApplication.processEvents()
    assert squeezed(dialog) == [], "a wrapped text has fewer lines than it needs"
    return texts


def test_the_empty_dialog_and_a_read_file_speak_german(
    qtbot: QtBot, german: None, make_dialog: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    dialog: EndpointDialog = make_dialog()
    assert dialog.windowTitle() == "WebSocket-Server"
    texts = check_german(dialog)
    for word in ("&Datei", "&URL", "Durchsu&chen…", "&Prüfen", "&Stopp", "Host &hinzufügen"):
        assert word in texts
    assert "Server-Informationen" in texts
    assert dialog.cancel_button.text().replace("&", "") == "Abbrechen"

    open_file(qtbot, dialog, DATA / "valid-basic.json")
    assert dialog.status.text() == "Die Angaben sind gültig."
    assert dialog.view_button.text() == "An&zeigen"
    assert dialog.token_edit.text().endswith(" Zeichen)")
    check_german(dialog)
    dialog.view_button.click()
    assert dialog.view_button.text() == "&Verbergen"
    check_german(dialog)

    open_file(qtbot, dialog, DATA / "several-problems.json")
    assert dialog.status.text() == "Die Angaben enthalten Fehler; siehe oben."
    problems = [t for shown in dialog.field_problems.values() for t in shown.texts()]
    problems += dialog.file_problems.texts()
    assert problems and all(t.startswith(("Fehler", "Warnung")) for t in problems), problems
    check_german(dialog)
    dialog.grab().save(str(artifacts_dir / "dialog-de-file-problems.png"))


def test_validate_trust_and_the_pin_question_speak_german(
    *, qtbot: QtBot, german: None, make_dialog: Any, serve: Any, tmp_path: Path, artifacts_dir: Path
) -> None:
    stranger = trustme.CA(organization_name="Not in any trust store").issue_cert(HOST)
    port = serve(tls_server(stranger))
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
    view = dialog.certificate_view
    assert view.trust_button.isVisible()
    assert view.trust_button.text() == "Diesem Zertifikat für diesen Endpunkt ver&trauen…"
    assert dialog.steps.topLevelItem(0).text(0) == "Zertifikat"
    assert dialog.steps.topLevelItem(1).text(0) == "Verbindungstest"
    assert dialog.steps.topLevelItem(1).text(1).startswith("Übersprungen: Das Token wird nur")
    assert dialog.steps.headerItem().text(0) == "Schritt"
    assert view.text("pinned") == "nein"
    check_german(dialog)

    qtbot.mouseClick(view.trust_button, LEFT)
    box = dialog.pin_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.windowTitle() == "Diesem Zertifikat vertrauen?"
    box_texts = [box.text(), box.informativeText(), *visible_texts(box, extras=True)]
    fingerprint = view.info.sha256 if view.info else ""
    assert shown_in_english(box_texts, [fingerprint, HOST]) == []
    assert repeated_mnemonics([b.text() for b in box.buttons()]) == []
    box.grab().save(str(artifacts_dir / "dialog-de-pin-question.png"))
    [trust] = [b for b in box.buttons() if b.text() == "&Vertrauen"]
    qtbot.mouseClick(trust, LEFT)
    qtbot.waitUntil(lambda: dialog.pinned_sha256 is not None)
    idle(qtbot, dialog)
    assert dialog.status.text() == "Prüfung bestanden."
    assert view.text("pinned") == "ja (dieses Zertifikat)"
    steps = [dialog.steps.topLevelItem(r).text(0) for r in range(dialog.steps.topLevelItemCount())]
    assert steps == ["Zertifikat", "DNS", "TCP", "TLS", "WebSocket-Upgrade", "Token angenommen"]
    check_german(dialog)
    dialog.grab().save(str(artifacts_dir / "dialog-de-after-trust.png"))

    # The certificate on its own, as the window's Validate again shows it.
    certificate = CertificateDialog(view.info, pinned_sha256=dialog.pinned_sha256)
    qtbot.addWidget(certificate)
    certificate.show()
    qtbot.waitExposed(certificate)
    assert certificate.windowTitle() == "Zertifikat"
    texts = visible_texts(certificate, extras=True)
    ignored = [*_certificate_of(certificate), *certificate_values(certificate.view)]
    assert shown_in_english(texts, ignored) == []
    assert "SHA-256-Fingerabdruck:" in texts
    certificate.grab().save(str(artifacts_dir / "certificate-dialog-de.png"))


def _certificate_of(dialog: CertificateDialog) -> list[str]:
    view = dialog.view
    return [view.text("trusted"), *([view.verdict.summary] if view.verdict else [])]


def test_an_endpoint_out_of_reach_offers_adding_it_anyway_in_german(
    qtbot: QtBot, german: None, make_dialog: Any, tmp_path: Path
) -> None:
    dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, closed_port())
    assert dialog.accept_failure.isVisible()
    assert dialog.accept_failure.text().startswith("Tr&otzdem hinzufügen")
    assert dialog.status.text() == (
        "Der Endpunkt war nicht erreichbar. Sie können ihn trotzdem hinzufügen (unten)."
    )
    texts = check_german(dialog)
    assert len([t for t in visible_texts(dialog) if "&" in t]) >= 8, texts


def test_several_files_speak_german(
    *,
    qtbot: QtBot,
    german: None,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    ports = [serve(tls_server(server_cert)), serve(tls_server(server_cert))]
    dialog: EndpointDialog = make_dialog()
    drop(dialog, files(tmp_path, ports))
    several = opened(qtbot, dialog)
    assert several.windowTitle() == "WebSocket-Server – mehrere Dateien"
    assert [row.item.text(4) for row in several.rows] == ["gültig", "gültig", "1 Fehler"]
    assert several.intro.text().startswith("3 Dateien gewählt.")
    check_german(several, str(tmp_path))
    validate_all(qtbot, several)
    assert [row.item.text(5) for row in several.rows] == ["Bestanden", "Bestanden", ""]
    assert several.add_button.text() == "2 Hosts &hinzufügen"
    assert "1 Datei mit Fehlern wird nicht hinzugefügt" in several.status.text()
    check_german(several, str(tmp_path))
    several.grab().save(str(artifacts_dir / "dialog-de-several-files.png"))


def test_the_token_dialog_speaks_german(qtbot: QtBot, german: None, artifacts_dir: Path) -> None:
    dialog = TokenDialog(TOKEN, HOST)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == f"Token – {HOST}"
    dialog.show_button.click()
    dialog.copy()
    texts = visible_texts(dialog, extras=True)
    assert shown_in_english(texts, [TOKEN, HOST]) == []
    assert repeated_mnemonics(visible_texts(dialog)) == []
    qtbot.wait(50)
    assert squeezed(dialog) == []
    dialog.grab().save(str(artifacts_dir / "token-dialog-de.png"))
    dialog.show_button.click()
    assert dialog.show_button.text() == "An&zeigen"


def test_german_at_double_text_size_cuts_nothing_off(
    *,
    qtbot: QtBot,
    german: None,
    qapp: QApplication,
    make_dialog: Any,
    serve: Any,
    server_cert: trustme.LeafCert,
    tmp_path: Path,
    artifacts_dir: Path,
) -> None:
    port = serve(tls_server(server_cert))
    with double_text_size(qapp):
        dialog = validated_file_dialog(qtbot, make_dialog, tmp_path, port)
        assert dialog.status.text() == "Prüfung bestanden."
        qtbot.wait(50)
        dialog.grab().save(str(artifacts_dir / "dialog-de-double-text.png"))
        cut, checked = cut_off(dialog)
        assert cut == []
        assert checked >= 25
        path = tmp_path / "second.json"
        path.write_bytes(details_json(port, priority=3))
        dialog.choose_files([str(tmp_path / "endpoint.json"), str(path)])
        several = opened(qtbot, dialog)
        qtbot.wait(50)
        several.grab().save(str(artifacts_dir / "dialog-de-several-files-double-text.png"))
        cut, checked = cut_off(several)
        assert cut == []
        assert checked >= 4


@pytest.mark.parametrize("scale", [1, 2])
def test_the_german_dialogs_on_screen(
    tmp_path: Path, artifacts_dir: Path, draw_on_screen: Any, scale: int
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    facts = draw_on_screen(SHOT, str(artifacts_dir), "light", str(work), "de", scale=scale)
    trusted = facts["after_trust"]
    assert trusted["focus"] == "Host hinzufügen" and trusted["add_default"]
    assert trusted["status"] == "Prüfung bestanden."
    width, height = trusted["size"]
    assert width <= 1366 and height <= 768
    several = facts["several"]
    assert several["rows"] == [["gültig", "Bestanden"], ["gültig", "Bestanden"], ["2 Fehler", ""]]
    assert several["add"] == "2 Hosts &hinzufügen"
    tag = f"light-{scale * 100}-de"
    for name in (f"dialog-after-trust-{tag}.png", f"dialog-several-files-{tag}.png"):
        assert (artifacts_dir / name).stat().st_size > 0
