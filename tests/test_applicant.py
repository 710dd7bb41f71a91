"""Applicants (申请人) and agents (代办人): normalisation and field-keyed error codes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.cn import ric, uscc

from counter_app.domain.applicant import (
    Agent,
    ApplicantKind,
    FieldError,
    OrganisationApplicant,
    PersonApplicant,
    Sex,
    id_facts,
    mask_id,
    validate_agent,
    validate_organisation,
    validate_person,
    validate_text,
)

TODAY = dt.date(2026, 5, 9)
PHONE = "13812345678"


def make_id(region: str, born: dt.date, sequence: int) -> str:
    """A well-formed identity number with its GB 11643 check digit computed by stdnum."""
    base = f"{region}{born:%Y%m%d}{sequence:03d}"
    return base + ric.calc_check_digit(base + "?")  # stdnum ignores the last character


def make_uscc(base17: str) -> str:
    return base17 + uscc.calc_check_digit(base17)


def id_with_check_x() -> str:
    """A valid number whose check digit is X, to test lower-case x."""
    for sequence in range(1000):
        number = make_id("110101", dt.date(1975, 11, 23), sequence)
        if number.endswith("X"):
            return number
    raise AssertionError("no sequence gives check digit X")


FEMALE_ID = make_id("110105", dt.date(1988, 5, 2), 2)  # even 17th digit
MALE_ID = make_id("410103", dt.date(1988, 5, 2), 13)  # odd 17th digit
CREDIT_CODE = make_uscc("91410103MA9FK7PU1")


def person_errors(name: str = "张三", id_number: str = FEMALE_ID, phone: str = PHONE) -> list[FieldError]:
    return validate_person(name, id_number, phone, today=TODAY)[1]


def codes(errors: list[FieldError]) -> dict[str, str]:
    return {e.field: e.code for e in errors}


# --- the fixtures themselves are what stdnum calls valid --------------------


def test_generated_numbers_are_valid_for_stdnum() -> None:
    assert ric.is_valid(FEMALE_ID) and ric.is_valid(MALE_ID) and ric.is_valid(id_with_check_x())
    assert uscc.is_valid(CREDIT_CODE)


def test_applicant_kinds() -> None:
    assert [k.value for k in ApplicantKind] == ["person", "organisation"]


# --- persons ---------------------------------------------------------------


def test_valid_person_is_returned_normalised() -> None:
    person, errors = validate_person("  张三 ", f" {FEMALE_ID} ", " 13812345678 ", today=TODAY)
    assert errors == []
    assert person == PersonApplicant("张三", FEMALE_ID, "13812345678")


def test_invalid_person_returns_none_and_all_field_errors() -> None:
    person, errors = validate_person("张三3", "110101199003077777", "12345", today=TODAY)
    assert person is None
    assert codes(errors) == {"name": "not_a_name", "id_number": "check_digit", "phone": "phone_format"}


@pytest.mark.parametrize(
    "name",
    [
        "张三",
        "周䶮",
        "郭𠇔",
        "阿依古丽·买买提",
        "John Smith",
        "欧阳娜娜",
        "Jean-Luc O'Brien",
        "Zoë Müller",
        "玛丽・居里",
        "张" * 50,
    ],
)
def test_names_that_pass(name: str) -> None:
    assert person_errors(name=name) == []


def test_rare_character_names_pass_and_keep_their_characters() -> None:
    # U+4DAE is in Extension A, U+201D4 in Extension B (outside the BMP).
    for name in ("周\u4dae", "郭\U000201d4"):
        person, errors = validate_person(name, FEMALE_ID, PHONE, today=TODAY)
        assert errors == [] and person is not None and person.name == name


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("张三3", "not_a_name"),
        ("张三!", "not_a_name"),
        ("张三（二）", "not_a_name"),
        ("···", "not_a_name"),
        ("", "required"),
        ("   ", "required"),
        ("张" * 51, "too_long"),
        ("张\x00三", "control_characters"),
        ("张\n三", "control_characters"),
        ("张\t三", "control_characters"),
        ("张\u200b三", "control_characters"),  # zero-width space, category Cf
    ],
)
def test_names_that_fail(name: str, code: str) -> None:
    assert person_errors(name=name) == [FieldError("name", code)]


def test_full_width_latin_name_is_folded_to_ascii() -> None:
    person, errors = validate_person("Ｊｏｈｎ　Ｓｍｉｔｈ", FEMALE_ID, PHONE, today=TODAY)
    assert errors == [] and person is not None and person.name == "John Smith"


# --- identity numbers ------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "code"),
    [
        ("110101199003077777", "check_digit"),
        (make_id("110101", dt.date(1990, 3, 7), 777)[:-1] + "0", "check_digit"),
        ("110101199902301234"[:17] + ric.calc_check_digit("110101199902301234"), "birth_date"),
        (make_id("110101", dt.date(2027, 1, 1), 123), "birth_date"),  # future
        (make_id("110101", dt.date(1899, 12, 31), 123), "birth_date"),  # before 1900
        ("110101199013011234"[:17] + ric.calc_check_digit("110101199013011234"), "birth_date"),
        (FEMALE_ID[:17], "length"),
        (FEMALE_ID + "1", "length"),
        ("110105880502002", "length"),  # 15-digit old number
        (FEMALE_ID[:8] + "AB" + FEMALE_ID[10:], "format"),
        (FEMALE_ID[:17] + "Y", "format"),
        ("", "required"),
        (FEMALE_ID[:9] + "\x00" + FEMALE_ID[9:], "control_characters"),
    ],
)
def test_identity_numbers_that_fail(number: str, code: str) -> None:
    assert person_errors(id_number=number) == [FieldError("id_number", code)]


def test_region_code_is_not_checked() -> None:
    # 410103 (二七区) dates from 1983 in stdnum's table, but the code shows where the
    # card was issued, so older residents carry it too: stdnum refuses, the hall must not.
    number = make_id("410103", dt.date(1975, 11, 23), 8)
    assert not ric.is_valid(number)
    assert person_errors(id_number=number) == []


def test_birth_date_today_is_accepted() -> None:
    assert person_errors(id_number=make_id("110101", TODAY, 1)) == []


def test_full_width_digits_and_inner_spaces_are_accepted() -> None:
    full_width = FEMALE_ID.translate({ord("0") + i: 0xFF10 + i for i in range(10)})
    spaced = f"{FEMALE_ID[:6]} {FEMALE_ID[6:14]} {FEMALE_ID[14:]}"
    for typed in (full_width, spaced, "\u3000" + full_width + "\u3000"):
        person, errors = validate_person("张三", typed, PHONE, today=TODAY)
        assert errors == [] and person is not None and person.id_number == FEMALE_ID


def test_lower_case_x_is_accepted_and_upper_cased() -> None:
    number = id_with_check_x()
    for typed in (number.lower(), number[:-1] + "ｘ"):
        person, errors = validate_person("张三", typed, PHONE, today=TODAY)
        assert errors == [] and person is not None and person.id_number == number


def test_id_facts_gives_birth_date_and_sex() -> None:
    assert id_facts(FEMALE_ID) == (dt.date(1988, 5, 2), Sex.FEMALE)
    assert id_facts(MALE_ID) == (dt.date(1988, 5, 2), Sex.MALE)
    assert id_facts(id_with_check_x().lower())[0] == dt.date(1975, 11, 23)


def test_id_facts_refuses_what_is_not_an_identity_number() -> None:
    with pytest.raises(ValueError):
        id_facts("12345")
    with pytest.raises(ValueError):
        id_facts("110101199902301234")


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("11010519880502002X", "110105********002X"),
        ("11010519880502002x", "110105********002X"),
        ("１１０１０５１９８８０５０２００２ｘ", "110105********002X"),  # as typed: full width
        (" 110105 19880502002X ", "110105********002X"),
        ("110105880502002", "110105*****2002"),
        ("12345678901", "123456*8901"),
        ("1234567890", "********90"),
        ("123", "*23"),
        ("12", "**"),
        ("", ""),
    ],
)
def test_mask_id(number: str, masked: str) -> None:
    assert mask_id(number) == masked


@given(
    region=st.sampled_from(["110101", "410103"]),
    born=st.dates(dt.date(1930, 1, 1), dt.date(2020, 12, 31)),
    sequence=st.integers(0, 999),
)
def test_any_valid_generated_identity_number_is_accepted(region: str, born: dt.date, sequence: int) -> None:
    number = make_id(region, born, sequence)
    person, errors = validate_person("李四", number, PHONE, today=TODAY)
    assert errors == [] and person is not None and person.id_number == number
    birth, sex = id_facts(number)
    assert birth == born
    assert sex == (Sex.MALE if sequence % 2 else Sex.FEMALE)


# --- phones ----------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "13812345678",
        "19912345678",
        "138-1234-5678",
        "138 1234 5678",
        "１３８１２３４５６７８",
        "0371-68963110",
        "037168963110",
        "(0371)68963110",
        "（0371）68963110",
        "0371-68963110-123",
        "010-62345678",
        "400-123-4567",
        "8001234567",
    ],
)
def test_phones_that_pass(phone: str) -> None:
    assert person_errors(phone=phone) == []


@pytest.mark.parametrize(
    ("phone", "code"),
    [
        ("1381234567a", "phone_format"),
        ("12345", "phone_format"),
        ("12812345678", "phone_format"),  # no mobile prefix 12
        ("1381234567", "phone_format"),  # 10 digits
        ("138123456789", "phone_format"),  # 12 digits
        ("0371-6896311O", "phone_format"),  # letter O for zero
        ("68963110", "phone_format"),  # landline without area code
        ("tel 13812345678", "phone_format"),
        ("0371-68963110-1234567890", "too_long"),
        ("", "required"),
        ("138\n12345678", "control_characters"),
    ],
)
def test_phones_that_fail(phone: str, code: str) -> None:
    assert person_errors(phone=phone) == [FieldError("phone", code)]


def test_phone_is_returned_in_ascii() -> None:
    person, _ = validate_person("张三", FEMALE_ID, "（０３７１）６８９６３１１０", today=TODAY)
    assert person is not None and person.phone == "(0371)68963110"


# --- organisations ---------------------------------------------------------


def test_valid_organisation() -> None:
    org, errors = validate_organisation(
        "郑州市某某科技有限公司", f" {CREDIT_CODE.lower()} ", "王五", "0371-68963110"
    )
    assert errors == []
    assert org == OrganisationApplicant("郑州市某某科技有限公司", CREDIT_CODE, "王五", "0371-68963110")


def test_organisation_name_keeps_full_width_brackets() -> None:
    org, errors = validate_organisation("某某（河南）有限公司", CREDIT_CODE, "王五", PHONE)
    assert errors == [] and org is not None and org.name == "某某（河南）有限公司"


@pytest.mark.parametrize(
    "code",
    [make_uscc("91410103MA9FK7PU1"), make_uscc("12410100415800123"), make_uscc("Y1410103MA40H2K8P")],
)
def test_credit_codes_that_pass(code: str) -> None:
    assert validate_organisation("某某公司", code, "王五", PHONE)[1] == []


def test_credit_code_with_full_width_letters_and_spaces_is_normalised() -> None:
    typed = " ".join(CREDIT_CODE[i : i + 6] for i in range(0, 18, 6)).translate(
        {ord("A") + i: 0xFF21 + i for i in range(26)}
    )
    org, errors = validate_organisation("某某公司", typed, "王五", PHONE)
    assert errors == [] and org is not None and org.credit_code == CREDIT_CODE


def _wrong_check(code: str) -> str:
    other = "0" if code[-1] != "0" else "1"
    return code[:-1] + other


@pytest.mark.parametrize(
    ("code", "error"),
    [
        (_wrong_check(CREDIT_CODE), "check_digit"),
        (CREDIT_CODE[:17], "length"),
        (CREDIT_CODE + "1", "length"),
        ("91410103MA9FK7PO1" + "0", "format"),  # O is not in the alphabet
        ("91410103MA9FK7PI1" + "0", "format"),  # nor I
        ("91410103MA9FK7-U10", "format"),
        ("", "required"),
    ],
)
def test_credit_codes_that_fail(code: str, error: str) -> None:
    assert validate_organisation("某某公司", code, "王五", PHONE)[1] == [FieldError("credit_code", error)]


def test_organisation_text_limits() -> None:
    org, errors = validate_organisation("某" * 101, CREDIT_CODE, "王" * 101, PHONE)
    assert org is None
    assert codes(errors) == {"name": "too_long", "legal_representative": "too_long"}
    assert validate_organisation("某" * 100, CREDIT_CODE, "王" * 100, PHONE)[1] == []
    assert codes(validate_organisation("", CREDIT_CODE, "王\n五", PHONE)[1]) == {
        "name": "required",
        "legal_representative": "control_characters",
    }


def test_organisation_prefix() -> None:
    _, errors = validate_organisation("", "", "", "", prefix="org_")
    assert {e.field for e in errors} == {
        "org_name",
        "org_credit_code",
        "org_legal_representative",
        "org_phone",
    }


# --- agents ----------------------------------------------------------------


def test_valid_agent() -> None:
    agent, errors = validate_agent("周䶮", MALE_ID, "0371-68963110", today=TODAY)
    assert errors == [] and agent == Agent("周䶮", MALE_ID, "0371-68963110")


def test_agent_errors_carry_the_prefix() -> None:
    agent, errors = validate_agent("张三3", "110101199003077777", "12345", today=TODAY)
    assert agent is None
    assert codes(errors) == {
        "agent_name": "not_a_name",
        "agent_id_number": "check_digit",
        "agent_phone": "phone_format",
    }


def test_empty_agent_means_no_agent_but_a_partial_one_is_checked() -> None:
    assert validate_agent("", " ", "", today=TODAY) == (None, [])
    _, errors = validate_agent("张三", "", "", today=TODAY)
    assert codes(errors) == {"agent_id_number": "required", "agent_phone": "required"}


def test_person_prefix() -> None:
    _, errors = validate_person("", "", "", today=TODAY, prefix="x_")
    assert {e.field for e in errors} == {"x_name", "x_id_number", "x_phone"}


# --- free text -------------------------------------------------------------


def test_validate_text() -> None:
    assert validate_text("  备注  ", "notes", required=True, max_length=10) == ("备注", [])
    assert validate_text("   ", "notes", required=False, max_length=10) == ("", [])
    assert validate_text("", "notes", required=True, max_length=10) == ("", [FieldError("notes", "required")])
    assert validate_text("字" * 11, "notes", required=True, max_length=10)[1] == [
        FieldError("notes", "too_long")
    ]
    assert validate_text("字" * 10, "notes", required=True, max_length=10)[1] == []


def test_validate_text_control_characters_and_lines() -> None:
    bad = [FieldError("notes", "control_characters")]
    assert validate_text("第一行\n第二行", "notes", required=False, max_length=100)[1] == bad
    assert validate_text("a\tb", "notes", required=False, max_length=100, multiline=True)[1] == bad
    assert validate_text("a\x07b", "notes", required=False, max_length=100, multiline=True)[1] == bad
    text, errors = validate_text(
        "第一行\r\n第二行\r", "notes", required=False, max_length=100, multiline=True
    )
    assert (text, errors) == ("第一行\n第二行", [])
