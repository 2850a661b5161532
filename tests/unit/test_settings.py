"""Settings (SPEC §4.5): every key's rule, `nbwss.properties` import/export, the config mapping.

The text format alone (escapes, continuations, encodings) is tested in test_properties.py.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nbwss_gui.domain.problems import Severity
from nbwss_gui.domain.properties import (
    MAX_PROPERTIES_BYTES,
    SettingsImport,
    export_properties,
    import_properties,
)
from nbwss_gui.domain.proxy import ProxyMode
from nbwss_gui.domain.settings import (
    DEFAULTS,
    SPEC_BY_KEY,
    SPECS,
    Kind,
    Pair,
    Settings,
    SettingsCode,
    apply_pairs,
)

FUZZ = settings(
    max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
NUMERIC = [spec for spec in SPECS if spec.kind in (Kind.SECONDS, Kind.MILLISECONDS, Kind.COUNT)]
BOOLEAN = [spec for spec in SPECS if spec.kind is Kind.BOOLEAN]


def imported(text: str, base: Settings = DEFAULTS) -> SettingsImport:
    return import_properties(text.encode(), base)


def only_error(result: SettingsImport) -> str:
    assert not result.ok
    [error] = result.errors
    return str(error)


# the keys and their defaults


def test_every_field_has_exactly_one_key() -> None:
    fields = {f.name for f in dataclasses.fields(Settings)} - {"unknown"}
    assert {spec.attribute for spec in SPECS} == fields
    assert len(SPEC_BY_KEY) == len(SPECS)


def test_the_vendor_keys_and_defaults() -> None:
    mapping = DEFAULTS.to_mapping()
    assert mapping == {
        "connectionInfo.period": "60",
        "keepAlive.scheduledRate": "30",
        "keepAlive.maxPongMissAllowed": "3",
        "exception.ignoreDecoder": "false",
        "notification.sendTimeout": "2000",
        "notification.scheduledRate": "5",
        "nbwssgui.connectTimeout": "10",
        "nbwssgui.connectResponseTimeout": "10",
        "nbwssgui.failBack": "false",
        "nbwssgui.caFile": "",
        "nbwssgui.proxyMode": "system",
        "nbwssgui.proxyUrl": "",
        "nbwssgui.proxyUser": "",
        "nbwssgui.noProxyFor": "",
        "nbwssgui.notifications": "true",
    }
    assert [spec.vendor for spec in SPECS] == [True] * 6 + [False] * 9


def test_every_key_has_a_one_line_description_with_its_bounds() -> None:
    for spec in SPECS:
        text = spec.describe()
        assert "\n" not in text and text.endswith(".") and text.isascii()
        if spec.kind in (Kind.SECONDS, Kind.MILLISECONDS, Kind.COUNT):
            assert f"{spec.minimum}-{spec.maximum}" in text
            assert f"default {spec.text(spec.default)}" in text


# each key's values


def test_the_message_names_the_line_the_key_the_rule_and_the_value() -> None:
    result = imported("# settings\n\nkeepAlive.scheduledRate=abc\n")
    assert only_error(result) == (
        "line 3: keepAlive.scheduledRate must be a whole number of seconds from 1 to 3600, "
        'not "abc"'
    )
    [error] = result.errors
    assert (error.code, error.key, error.line) == (
        SettingsCode.BAD_VALUE,
        "keepAlive.scheduledRate",
        3,
    )


@pytest.mark.parametrize("spec", NUMERIC, ids=lambda s: s.key)
@pytest.mark.parametrize(
    "bad",
    ["abc", "1.5", "1.0", "1e3", "0x10", "-1", "٦٠", "99999999999999999999", "1 000", "true"],
)
def test_numbers_refuse_what_is_not_a_whole_number_in_range(spec, bad: str) -> None:
    message = only_error(imported(f"{spec.key}={bad}"))
    assert message.startswith(f"line 1: {spec.key} must be a whole number")
    assert f"from {spec.minimum} to {spec.maximum}" in message
    assert message.endswith(f'not "{bad}"')


@pytest.mark.parametrize("spec", NUMERIC, ids=lambda s: s.key)
def test_numbers_refuse_just_outside_their_bounds(spec) -> None:
    for bad in (spec.minimum - 1, spec.maximum + 1):
        assert f'not "{bad}"' in only_error(imported(f"{spec.key}={bad}"))


@pytest.mark.parametrize("spec", NUMERIC, ids=lambda s: s.key)
def test_numbers_take_their_bounds(spec) -> None:
    for good in (spec.minimum, spec.maximum):
        result = imported(f"{spec.key}={good}")
        assert result.ok and result.problems == ()
        assert getattr(result.settings, spec.attribute) == good


@pytest.mark.parametrize("spec", NUMERIC, ids=lambda s: s.key)
def test_an_empty_number_says_so(spec) -> None:
    assert only_error(imported(f"{spec.key}=")).endswith(", not an empty value")
    assert only_error(imported(f"{spec.key}")).endswith(", not an empty value")


def test_units_in_the_messages() -> None:
    assert "whole number of seconds from 1 to 3600" in only_error(
        imported("connectionInfo.period=0")
    )
    assert "whole number of milliseconds from 100 to 600000" in only_error(
        imported("notification.sendTimeout=99")
    )
    assert "must be a whole number from 1 to 100," in only_error(
        imported("keepAlive.maxPongMissAllowed=0")
    )
    assert "whole number of seconds from 1 to 300" in only_error(
        imported("nbwssgui.connectTimeout=301")
    )


def test_numbers_with_a_plus_sign_leading_zeros_or_trailing_spaces() -> None:
    result = imported(
        "connectionInfo.period=+90\nkeepAlive.scheduledRate=007\nnbwssgui.connectTimeout=5  "
    )
    assert result.ok and result.problems == ()
    assert result.settings.connection_period == 90.0
    assert result.settings.keepalive_rate == 7.0
    assert result.settings.connect_timeout == 5.0


def test_seconds_become_floats_and_counts_stay_whole() -> None:
    result = imported("keepAlive.scheduledRate=15\nkeepAlive.maxPongMissAllowed=5")
    assert isinstance(result.settings.keepalive_rate, float)
    assert type(result.settings.max_pong_miss) is int
    assert (
        type(imported("notification.sendTimeout=500").settings.notification_send_timeout_ms) is int
    )


@pytest.mark.parametrize("spec", BOOLEAN, ids=lambda s: s.key)
@pytest.mark.parametrize(("text", "value"), [("true", True), ("FALSE", False), ("True ", True)])
def test_booleans_any_case(spec, text: str, value: bool) -> None:
    result = imported(f"{spec.key}={text}")
    assert result.ok
    assert getattr(result.settings, spec.attribute) is value


@pytest.mark.parametrize("spec", BOOLEAN, ids=lambda s: s.key)
@pytest.mark.parametrize("bad", ["yes", "1", "on", "truee", "t"])
def test_booleans_refuse_anything_but_true_or_false(spec, bad: str) -> None:
    assert only_error(imported(f"{spec.key}={bad}")) == (
        f'line 1: {spec.key} must be true or false, not "{bad}"'
    )


def test_an_empty_boolean_is_refused() -> None:
    assert only_error(imported("nbwssgui.failBack=")).endswith("not an empty value")


@pytest.mark.parametrize(
    "path",
    ["/etc/ssl/extra-ca.pem", r"C:\certs\ca.pem", "C:/certs/ca.pem", r"\\server\share\ca.pem"],
)
def test_the_ca_file_takes_absolute_paths(path: str) -> None:
    escaped = path.replace("\\", "\\\\")
    result = imported(f"nbwssgui.caFile={escaped}")
    assert result.ok, result.problems
    assert result.settings.ca_file == path


def test_an_empty_ca_file_means_none() -> None:
    base = DEFAULTS.with_(ca_file="/etc/ca.pem")
    result = imported("nbwssgui.caFile=", base)
    assert result.ok and result.settings.ca_file is None


@pytest.mark.parametrize(
    "bad", ["certs/ca.pem", "~/ca.pem", "ca.pem", "C:ca.pem", "/etc/\\u0007.pem"]
)
def test_the_ca_file_refuses_relative_paths_and_control_characters(bad: str) -> None:
    message = only_error(imported(f"nbwssgui.caFile={bad}"))
    assert message.startswith("line 1: nbwssgui.caFile must be the absolute path of a PEM file")


def test_a_long_or_strange_value_is_shown_short_and_visible() -> None:
    message = only_error(imported("connectionInfo.period=" + "x" * 100))
    assert '"' + "x" * 39 + '…"' in message
    message = only_error(imported('connectionInfo.period=a\\tb"c'))
    assert message.endswith('not "a\\tb\\"c"')


# the file as a whole


def test_every_bad_value_is_reported_and_nothing_applies() -> None:
    result = imported(
        "connectionInfo.period=0\nkeepAlive.scheduledRate=15\nnbwssgui.failBack=maybe"
    )
    assert not result.ok
    assert [p.line for p in result.errors] == [1, 3]


def test_a_complete_file() -> None:
    text = """\
# nbwss.properties from a primary server
connectionInfo.period=120
keepAlive.scheduledRate = 20
keepAlive.maxPongMissAllowed: 5
exception.ignoreDecoder true
notification.sendTimeout=3000
notification.scheduledRate=10
"""
    result = imported(text)
    assert result.ok and result.problems == ()
    assert result.settings == DEFAULTS.with_(
        connection_period=120.0,
        keepalive_rate=20.0,
        max_pong_miss=5,
        ignore_decoder=True,
        notification_send_timeout_ms=3000,
        notification_rate=10.0,
    )
    assert result.found == tuple(spec.key for spec in SPECS[:6])


def test_keys_the_file_leaves_out_keep_the_base_values() -> None:
    base = DEFAULTS.with_(ca_file="/etc/ca.pem", fail_back=True, keepalive_rate=45.0)
    base = base.with_unknown({"site.note": "kept"})
    result = imported("keepAlive.scheduledRate=15\nextra.key=1", base)
    assert result.ok
    assert result.settings == base.with_(keepalive_rate=15.0).with_unknown(
        {"site.note": "kept", "extra.key": "1"}
    )


def test_unknown_keys_are_kept_in_order_and_reported() -> None:
    result = imported("z.last=1\nconnectionInfo.period=60\na.first=two words \\\n  and more\n")
    assert result.ok
    assert result.settings.unknown == (("z.last", "1"), ("a.first", "two words and more"))
    assert [str(p) for p in result.warnings] == [
        "line 1: z.last: unknown key, kept as is",
        "line 3: a.first: unknown key, kept as is",
    ]
    assert all(p.severity is Severity.WARNING for p in result.warnings)
    assert [p.code for p in result.warnings] == [SettingsCode.UNKNOWN_KEY] * 2


@pytest.mark.parametrize(
    ("key", "near"),
    [
        ("keepalive.scheduledrate", "keepAlive.scheduledRate"),
        ("connectionInfo.periods", "connectionInfo.period"),
        ("nbwssgui.cafile", "nbwssgui.caFile"),
    ],
)
def test_a_near_miss_gets_a_suggestion(key: str, near: str) -> None:
    result = imported(f"connectionInfo.period=60\n{key}=1")
    [warning] = result.warnings
    assert str(warning) == f"line 2: {key}: unknown key, kept as is (did you mean {near}?)"


def test_an_unknown_key_with_spaces_is_quoted() -> None:
    result = imported("connectionInfo.period=60\nmy\\ key=1")
    [warning] = result.warnings
    assert warning.message.startswith('"my key": unknown key')


def test_a_duplicate_key_is_reported_and_the_last_value_counts() -> None:
    result = imported("keepAlive.scheduledRate=abc\n# later\nkeepAlive.scheduledRate=15\n")
    assert result.ok
    assert result.settings.keepalive_rate == 15.0
    [warning] = result.warnings
    assert warning.code is SettingsCode.DUPLICATE_KEY
    assert str(warning) == (
        "line 3: keepAlive.scheduledRate is given again (first on line 1); this last value counts"
    )


def test_a_bad_last_duplicate_is_refused() -> None:
    result = imported("keepAlive.scheduledRate=15\nkeepAlive.scheduledRate=0\n")
    assert [str(p) for p in result.errors] == [
        'line 2: keepAlive.scheduledRate must be a whole number of seconds from 1 to 3600, not "0"'
    ]
    assert [p.code for p in result.warnings] == [SettingsCode.DUPLICATE_KEY]


def test_a_duplicate_unknown_key_keeps_the_last_value() -> None:
    result = imported("connectionInfo.period=60\nx=1\nx=2\n")
    assert result.settings.unknown == (("x", "2"),)
    assert [p.code for p in result.warnings] == [
        SettingsCode.DUPLICATE_KEY,
        SettingsCode.UNKNOWN_KEY,
    ]


def test_a_value_without_a_key_is_ignored_with_a_warning() -> None:
    result = imported("connectionInfo.period=60\n= lost\n")
    assert result.ok
    assert [str(p) for p in result.warnings] == [
        'line 2: there is no key before the value "lost"; it is ignored'
    ]


def test_a_malformed_escape_is_an_error_with_its_line() -> None:
    result = imported("connectionInfo.period=60\nnbwssgui.caFile=/etc/\\u00zz.pem\n")
    [error] = result.errors
    assert error.code is SettingsCode.SYNTAX and error.line == 2
    assert "\\uXXXX" in error.message


def test_escapes_resolve_before_the_value_is_checked() -> None:
    result = imported(
        "keepAlive.schedu\\\n   ledRate=\\u0031\\u0035\nnbwssgui.caFile=/tmp/caf\\u00e9.pem"
    )
    assert result.ok, result.problems
    assert result.settings.keepalive_rate == 15.0
    assert result.settings.ca_file == "/tmp/café.pem"


def test_comments_blank_lines_and_indentation() -> None:
    text = "\n! vendor comment\n   # indented\n\t keepAlive.scheduledRate=12\n\n"
    result = imported(text)
    assert result.ok and result.problems == ()
    assert result.settings.keepalive_rate == 12.0


def test_a_file_with_no_known_key_is_refused() -> None:
    for text in ("", "# only comments\n", "title My notes\nauthor me\n"):
        result = imported(text)
        [error] = result.errors
        assert error.code is SettingsCode.NO_SETTINGS
        assert "nothing was imported" in error.message and "nbwss.properties" in error.message


def test_a_file_over_the_limit_is_refused_unread() -> None:
    data = b"connectionInfo.period=60\n" + b"#" * MAX_PROPERTIES_BYTES
    result = import_properties(data)
    [error] = result.errors
    assert error.code is SettingsCode.TOO_LARGE
    assert "KiB" in error.message
    assert result.settings == DEFAULTS


# encodings


def test_utf8_values() -> None:
    result = import_properties("connectionInfo.period=60\nnbwssgui.caFile=/tmp/café.pem\n".encode())
    assert result.ok and result.problems == ()
    assert result.settings.ca_file == "/tmp/café.pem"


def test_utf8_with_a_byte_order_mark() -> None:
    result = import_properties(b"\xef\xbb\xbfkeepAlive.scheduledRate=9\n")
    assert result.ok and result.problems == ()
    assert result.settings.keepalive_rate == 9.0


def test_utf16_from_notepad() -> None:
    result = import_properties("\ufeffkeepAlive.scheduledRate=9\r\n".encode("utf-16-le"))
    assert result.ok and result.problems == ()
    assert result.settings.keepalive_rate == 9.0


def test_latin1_is_read_with_a_notice() -> None:
    result = import_properties(b"connectionInfo.period=60\nnote=caf\xe9\n")
    assert result.ok
    assert result.settings.unknown == (("note", "café"),)
    notice = result.warnings[0]
    assert notice.code is SettingsCode.ENCODING and notice.line is None
    assert "ISO-8859-1" in notice.message and "byte 33" in notice.message


# export


def test_export_writes_a_header_every_key_with_a_comment_then_the_unknown_keys() -> None:
    source = DEFAULTS.with_(keepalive_rate=15.0, ca_file="/etc/ca.pem").with_unknown(
        {"site.note": "café au lait", " odd=key": " lead"}
    )
    data = export_properties(source)
    assert data.isascii()
    lines = data.decode().splitlines()
    assert lines[0].startswith("# nbwss.properties")
    for spec in SPECS:
        index = lines.index(f"{spec.key}={spec.text(getattr(source, spec.attribute))}")
        assert lines[index - 1] == f"# {spec.describe()}"
    assert lines[-3:] == [
        "# Other keys, kept as they came.",
        r"site.note=caf\u00E9 au lait",
        r"\ odd\=key=\ lead",
    ]
    assert import_properties(data).settings == source


def test_export_with_a_custom_header() -> None:
    data = export_properties(DEFAULTS, header="Primary server A\nexported for support")
    assert data.decode().startswith("# Primary server A\n# exported for support\n")


def test_export_refuses_values_no_file_can_hold() -> None:
    with pytest.raises(ValueError, match=r"keepAlive\.scheduledRate must be a whole number"):
        export_properties(DEFAULTS.with_(keepalive_rate=0.5))


# the config mapping


def test_from_mapping_reads_what_the_registry_stores() -> None:
    got, problems = Settings.from_mapping({"connectionInfo.period": "45", "other": "x"})
    assert problems[0].code is SettingsCode.UNKNOWN_KEY and problems[0].line is None
    assert str(problems[0]) == "other: unknown key, kept as is"
    assert got == DEFAULTS.with_(connection_period=45.0).with_unknown({"other": "x"})


def test_from_mapping_leaves_a_refused_value_at_its_default() -> None:
    got, problems = Settings.from_mapping(
        {"connectionInfo.period": "soon", "nbwssgui.failBack": "true"}
    )
    assert [str(p) for p in problems] == [
        'connectionInfo.period must be a whole number of seconds from 1 to 3600, not "soon"'
    ]
    assert got == DEFAULTS.with_(fail_back=True)


def test_apply_pairs_reports_what_it_set() -> None:
    base = DEFAULTS.with_(fail_back=True)
    got, problems, found = apply_pairs(
        [
            Pair("keepAlive.scheduledRate", "12", 4),
            Pair("x", "1", 5),
            Pair("nbwssgui.failBack", "no", 6),
        ],
        base,
    )
    assert got == base.with_(keepalive_rate=12.0).with_unknown({"x": "1"})
    assert found == ("keepAlive.scheduledRate", "nbwssgui.failBack")
    assert [(p.line, p.is_error) for p in problems] == [(5, False), (6, True)]


def test_from_an_empty_mapping_come_the_defaults() -> None:
    assert Settings.from_mapping({}) == (DEFAULTS, [])


def test_to_mapping_and_back() -> None:
    source = Settings(
        connection_period=120, keepalive_rate=10, max_pong_miss=7, ignore_decoder=True,
        notification_send_timeout_ms=150, notification_rate=2, connect_timeout=3,
        connect_response_timeout=4, fail_back=True, ca_file="/etc/ca.pem",
        unknown=(("b", "2"), ("a", "1")),
    )  # fmt: skip
    mapping = source.to_mapping()
    assert list(mapping)[-2:] == ["b", "a"]
    assert mapping["keepAlive.scheduledRate"] == "10"
    assert mapping["nbwssgui.caFile"] == "/etc/ca.pem"
    back, problems = Settings.from_mapping(mapping)
    assert back == source
    assert [p.code for p in problems] == [SettingsCode.UNKNOWN_KEY] * 2


def test_short_test_intervals_are_fine_in_code_but_not_in_storage() -> None:
    quick = DEFAULTS.with_(keepalive_rate=0.05, connection_period=0.2)
    assert quick.keepalive_rate == 0.05
    assert [p.key for p in quick.problems()] == ["connectionInfo.period", "keepAlive.scheduledRate"]
    with pytest.raises(ValueError, match=r'not "0\.05"'):
        quick.to_mapping()


def test_with_and_replace_keep_the_unknown_keys() -> None:
    source = DEFAULTS.with_unknown({"k": "v"})
    assert source.with_(fail_back=True).unknown == (("k", "v"),)
    assert dataclasses.replace(source, fail_back=True).unknown_mapping() == {"k": "v"}
    with pytest.raises(TypeError):
        source.with_(no_such_field=1)


# round trip


def _values(spec):  # type: ignore[no-untyped-def]
    if spec.kind is Kind.SECONDS:
        return st.integers(spec.minimum, spec.maximum).map(float)
    if spec.kind in (Kind.MILLISECONDS, Kind.COUNT):
        return st.integers(spec.minimum, spec.maximum)
    if spec.kind is Kind.BOOLEAN:
        return st.booleans()
    if spec.kind is Kind.PROXY_MODE:
        return st.sampled_from(ProxyMode)
    if spec.kind is Kind.PROXY:
        port = st.integers(1, 65535)
        return st.none() | port.map(lambda p: f"http://proxy.example:{p}")
    if spec.kind is Kind.NAME:
        letters = st.characters(exclude_categories=("C", "Z"), exclude_characters=":")
        return st.none() | st.text(letters, min_size=1)
    if spec.kind is Kind.HOST_LIST:
        items = st.lists(st.sampled_from(["example.com", ".corp.example", "10.0.0.0/8", "db1"]))
        return items.map(lambda found: ", ".join(dict.fromkeys(found)))
    name = st.text(st.characters(exclude_categories=("C", "Z")), min_size=1, max_size=20)
    return st.none() | name.map(lambda n: "/" + n) | name.map(lambda n: "C:\\" + n)


unknown_keys = st.dictionaries(
    st.text(min_size=1, max_size=20).filter(lambda k: k not in SPEC_BY_KEY),
    st.text(max_size=30),
    max_size=5,
)
any_settings = st.builds(
    Settings, **{spec.attribute: _values(spec) for spec in SPECS},
    unknown=unknown_keys.map(lambda d: tuple(d.items())),
)  # fmt: skip


@FUZZ
@given(any_settings)
def test_export_then_import_gives_the_same_settings(source: Settings) -> None:
    result = import_properties(export_properties(source))
    assert result.ok, result.problems
    assert result.settings == source
    assert [p.code for p in result.problems] == [SettingsCode.UNKNOWN_KEY] * len(source.unknown)


@FUZZ
@given(any_settings)
def test_mapping_round_trip(source: Settings) -> None:
    back, problems = Settings.from_mapping(source.to_mapping())
    assert back == source
    assert not [p for p in problems if p.is_error]


TRICKY = st.text(alphabet="ab=: \t\\\n#!u0é", max_size=80)


@FUZZ
@given(TRICKY, st.sampled_from([spec.key for spec in SPECS]), st.text(max_size=12))
def test_any_file_that_imports_exports_to_the_same_settings(
    noise: str, key: str, value: str
) -> None:
    text = f"{noise}\n{key}={value}\n{noise}"
    result = import_properties(text.encode())
    if not result.ok:
        return
    again = import_properties(export_properties(result.settings))
    assert again.ok and again.settings == result.settings


def test_effective_settings_take_the_command_lines_ca_file_only_where_none_is_saved() -> None:
    from nbwss_gui.domain.settings import effective_settings

    assert effective_settings({}, "/cli.pem")[0].ca_file == "/cli.pem"
    assert effective_settings({}, None)[0].ca_file is None
    saved, problems = effective_settings({"nbwssgui.caFile": "/saved.pem"}, "/cli.pem")
    assert saved.ca_file == "/saved.pem" and problems == []
    refused, problems = effective_settings({"keepAlive.scheduledRate": "soon"}, None)
    assert refused.keepalive_rate == Settings().keepalive_rate
    assert [p.key for p in problems] == ["keepAlive.scheduledRate"]
