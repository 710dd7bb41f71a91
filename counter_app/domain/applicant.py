"""Who applies (申请人) and who acts for them (代办人).

The validators never raise for what a clerk typed: they return the cleaned
value (or None) and a list of field-keyed error codes, and the UI turns each
code into a message next to its field. At most one error is reported per
field, the first rule it breaks, so the clerk fixes one thing at a time.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from dataclasses import dataclass

from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

PERSON_NAME_MAX = 50
ORGANISATION_TEXT_MAX = 100  # organisation name and legal representative
PHONE_MAX = 20
ID_NUMBER_LENGTH = 18
CREDIT_CODE_LENGTH = 18
EARLIEST_BIRTH_YEAR = 1900


class ApplicantKind(enum.StrEnum):
    """Whether the applicant is a natural person (自然人) or an organisation (法人及其他组织)."""

    PERSON = "person"
    ORGANISATION = "organisation"


class Sex(enum.StrEnum):
    """Sex as encoded in the identity number: the 17th digit is odd for men."""

    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True)
class PersonApplicant:
    """A natural person applying in their own name (个人申请人)."""

    name: str
    id_number: str  # 居民身份证号码, normalised: 18 characters, upper-case X
    phone: str


@dataclass(frozen=True)
class OrganisationApplicant:
    """A company, institution or other organisation applying (单位申请人)."""

    name: str
    credit_code: str  # 统一社会信用代码, normalised
    legal_representative: str  # 法定代表人
    phone: str


@dataclass(frozen=True)
class Agent:
    """Someone handing in the application on the applicant's behalf (代办人); optional on a case."""

    name: str
    id_number: str
    phone: str


Applicant = PersonApplicant | OrganisationApplicant


@dataclass(frozen=True)
class FieldError:
    """One broken rule on one field, e.g. FieldError("id_number", "check_digit")."""

    field: str
    code: str


# --- normalisation ---------------------------------------------------------

# Chinese input methods often produce full-width digits, letters and spaces;
# they mean the same as ASCII and must not fail a check-digit test.
_FULL_WIDTH = {0xFF10 + i: ord("0") + i for i in range(10)}
_FULL_WIDTH.update({0xFF21 + i: ord("A") + i for i in range(26)})
_FULL_WIDTH.update({0xFF41 + i: ord("a") + i for i in range(26)})
_FULL_WIDTH[0x3000] = ord(" ")  # ideographic space
# Only phone numbers get punctuation folded: organisation names officially
# use full-width brackets, e.g. "某某（河南）有限公司", and must keep them.
_FULL_WIDTH_PHONE = {0xFF08: ord("("), 0xFF09: ord(")"), 0xFF0D: ord("-"), 0xFF0B: ord("+")}


def _clean(value: str) -> str:
    """Strip surrounding whitespace and fold full-width digits, letters and spaces to ASCII."""
    return value.translate(_FULL_WIDTH).strip()


def _clean_code(value: str) -> str:
    """Normalise an identity number or credit code: ASCII, upper case, no spaces."""
    return _clean(value).upper().replace(" ", "")


# --- text rules shared by every field --------------------------------------

# Format characters (Cf) such as U+200B zero-width space are invisible and
# would make two equal-looking names differ; line separators break one-line fields.
_CONTROL_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp"})


def _has_control(value: str, *, multiline: bool = False) -> bool:
    return any(
        unicodedata.category(ch) in _CONTROL_CATEGORIES and not (multiline and ch == "\n") for ch in value
    )


def _text_error(
    value: str, field: str, max_length: int | None, *, multiline: bool = False
) -> FieldError | None:
    """The first of the rules every text field follows that `value` (already cleaned) breaks."""
    if not value:
        return FieldError(field, "required")
    if _has_control(value, multiline=multiline):
        return FieldError(field, "control_characters")
    if max_length is not None and len(value) > max_length:
        return FieldError(field, "too_long")
    return None


def validate_text(
    value: str, field: str, *, required: bool, max_length: int, multiline: bool = False
) -> tuple[str, list[FieldError]]:
    """Check a free-text field such as notes (备注); `multiline` allows line breaks."""
    # Pasted text may carry Windows or old Mac line ends; store one kind.
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip() if multiline else value.strip()
    if not text and not required:
        return "", []
    error = _text_error(text, field, max_length, multiline=multiline)
    return text, [error] if error else []


# --- names -----------------------------------------------------------------

# CJK ideograph blocks by code point, because Python's unicodedata may be older
# than the newest extensions and must not decide whether a rare name is valid.
_IDEOGRAPH_RANGES = (
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x323AF),  # Extensions B-H, incl. Compatibility Ideographs Supplement
)
# Middle dots join the parts of minority and foreign names (阿依古丽·买买提);
# U+2019 is the apostrophe word processors substitute for "'".
_NAME_PUNCTUATION = frozenset("\u00b7\u30fb -'\u2019")


def _is_ideograph(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _IDEOGRAPH_RANGES)


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN ")


def _is_name(value: str) -> bool:
    """A Chinese name, or a foreigner's name in Latin letters, with joining punctuation."""
    if not all(_is_ideograph(ch) or _is_latin_letter(ch) or ch in _NAME_PUNCTUATION for ch in value):
        return False
    return any(_is_ideograph(ch) or _is_latin_letter(ch) for ch in value)


def _check_name(value: str, field: str, max_length: int) -> tuple[str, FieldError | None]:
    name = _clean(value)
    error = _text_error(name, field, max_length)
    if error is None and not _is_name(name):
        error = FieldError(field, "not_a_name")
    return name, error


def _check_plain(value: str, field: str, max_length: int) -> tuple[str, FieldError | None]:
    text = _clean(value)
    return text, _text_error(text, field, max_length)


# --- identity numbers (居民身份证号码, GB 11643) ------------------------------

_ID_FORMAT = re.compile(r"[0-9]{17}[0-9X]")


def _check_id_number(value: str, field: str, today: dt.date) -> tuple[str, FieldError | None]:
    """Check an 18-character identity number; 15-digit numbers (pre-1999) are refused."""
    number = _clean(value)
    error = _text_error(number, field, None)
    if error is not None:
        return number, error
    number = _clean_code(number)
    if len(number) != ID_NUMBER_LENGTH:
        return number, FieldError(field, "length")
    if not _ID_FORMAT.fullmatch(number):
        return number, FieldError(field, "format")
    # The birth date is checked before the check digit: a mistyped date also
    # breaks the checksum, and "birth date" points the clerk at the right digits.
    try:
        born = ric.get_birth_date(number)
    except ValidationError:
        return number, FieldError(field, "birth_date")
    if born.year < EARLIEST_BIRTH_YEAR or born > today:
        return number, FieldError(field, "birth_date")
    if number[-1] != ric.calc_check_digit(number):
        return number, FieldError(field, "check_digit")
    # The region code is not checked: stdnum's table misses abolished and new
    # counties, and a real card from one must not be refused at the counter.
    return number, None


def id_facts(id_number: str) -> tuple[dt.date, Sex]:
    """Birth date and sex read from a valid identity number.

    Raises ValueError for a number that is not 18 well-formed characters with a
    real date: call it only on numbers the validators accepted.
    """
    number = _clean_code(id_number)
    if not _ID_FORMAT.fullmatch(number):
        raise ValueError(f"not an identity number: {mask_id(number)}")
    try:
        born = ric.get_birth_date(number)
    except ValidationError as exc:
        raise ValueError(f"no birth date in identity number: {mask_id(number)}") from exc
    sex = Sex.MALE if int(number[16]) % 2 else Sex.FEMALE
    return born, sex


def mask_id(id_number: str) -> str:
    """Hide the middle of an identity number for screens and slips: "110105********002X".

    Numbers shorter than 11 characters would show almost everything with the
    6 + 4 rule, so only their last 2 characters are shown.
    """
    # A stored number is already clean: ASCII letters and digits need upper case at most.
    number = id_number.upper() if id_number.isascii() and id_number.isalnum() else _clean_code(id_number)
    if len(number) >= 11:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    shown = 2 if len(number) > 2 else 0
    return "*" * (len(number) - shown) + number[len(number) - shown :]


# --- credit codes (统一社会信用代码, GB 32100) --------------------------------

# GB 32100 leaves out I, O, S, V and Z so they cannot be misread as 1, 0, 5, U and 2.
_CREDIT_CODE_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPQRTUWXY")


def _check_credit_code(value: str, field: str) -> tuple[str, FieldError | None]:
    code = _clean(value)
    error = _text_error(code, field, None)
    if error is not None:
        return code, error
    code = _clean_code(code)
    if len(code) != CREDIT_CODE_LENGTH:
        return code, FieldError(field, "length")
    # Our own alphabet check, not uscc.validate: stdnum also wants the first
    # 8 characters to be digits, which refuses real codes from authorities
    # with letter codes (A..., N..., Y...).
    if not set(code) <= _CREDIT_CODE_ALPHABET:
        return code, FieldError(field, "format")
    if code[-1] != uscc.calc_check_digit(code[:-1]):
        return code, FieldError(field, "check_digit")
    return code, None


# --- phone numbers ---------------------------------------------------------

_PHONE_PATTERNS = (
    re.compile(r"1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}"),  # mobile, 3-4-4 groups optional
    # landline: 0371-68963110, 037168963110, (0371)68963110, extension -123
    re.compile(r"(?:\(0[1-9][0-9]{1,2}\) ?|0[1-9][0-9]{1,2}[- ]?)[2-9][0-9]{6,7}(?:-[0-9]{1,6})?"),
    re.compile(r"[48]00[- ]?[0-9]{3}[- ]?[0-9]{4}"),  # 400/800 service numbers
)


def _check_phone(value: str, field: str) -> tuple[str, FieldError | None]:
    phone = _clean(value).translate(_FULL_WIDTH_PHONE)
    error = _text_error(phone, field, PHONE_MAX)
    if error is None and not any(p.fullmatch(phone) for p in _PHONE_PATTERNS):
        error = FieldError(field, "phone_format")
    return phone, error


# --- the public validators -------------------------------------------------


def _errors(*found: FieldError | None) -> list[FieldError]:
    return [error for error in found if error is not None]


def validate_person(
    name: str, id_number: str, phone: str, *, today: dt.date, prefix: str = ""
) -> tuple[PersonApplicant | None, list[FieldError]]:
    """Check a natural-person applicant; the person is returned only when all fields pass."""
    name, name_error = _check_name(name, prefix + "name", PERSON_NAME_MAX)
    number, id_error = _check_id_number(id_number, prefix + "id_number", today)
    phone, phone_error = _check_phone(phone, prefix + "phone")
    errors = _errors(name_error, id_error, phone_error)
    return (None if errors else PersonApplicant(name, number, phone)), errors


def validate_organisation(
    name: str, credit_code: str, legal_representative: str, phone: str, *, prefix: str = ""
) -> tuple[OrganisationApplicant | None, list[FieldError]]:
    """Check an organisation applicant; it is returned only when all fields pass."""
    name, name_error = _check_plain(name, prefix + "name", ORGANISATION_TEXT_MAX)
    code, code_error = _check_credit_code(credit_code, prefix + "credit_code")
    # Only the text rules: the brief keeps "not_a_name" to persons and agents.
    representative, rep_error = _check_plain(
        legal_representative, prefix + "legal_representative", ORGANISATION_TEXT_MAX
    )
    phone, phone_error = _check_phone(phone, prefix + "phone")
    errors = _errors(name_error, code_error, rep_error, phone_error)
    if errors:
        return None, errors
    return OrganisationApplicant(name, code, representative, phone), []


def validate_agent(
    name: str, id_number: str, phone: str, *, today: dt.date, prefix: str = "agent_"
) -> tuple[Agent | None, list[FieldError]]:
    """Check the agent (代办人). All three fields left empty means "no agent": (None, [])."""
    if not (_clean(name) or _clean(id_number) or _clean(phone)):
        return None, []
    person, errors = validate_person(name, id_number, phone, today=today, prefix=prefix)
    if person is None:
        return None, errors
    return Agent(person.name, person.id_number, person.phone), []


def validate_contact(
    name: str, id_number: str, phone: str, *, today: dt.date
) -> tuple[PersonApplicant | None, list[FieldError]]:
    """A person who books ahead (预约人): name and phone required, the identity number optional
    but checked like the intake's when given (id_number "" in the result when left out)."""
    if _clean(id_number):
        return validate_person(name, id_number, phone, today=today)
    name, name_error = _check_name(name, "name", PERSON_NAME_MAX)
    phone, phone_error = _check_phone(phone, "phone")
    errors = _errors(name_error, phone_error)
    return (None if errors else PersonApplicant(name, "", phone)), errors
