"""Chapter 8's quiz: every question has one right answer, feedback for each choice, and a score."""

from __future__ import annotations

import re

import pytest

from widgets import model
from widgets.explorables.quiz import QUESTIONS, Quiz, quiz, values
from widgets.text import TEXT, t


def plain(html: str) -> str:
    import html as h

    return " ".join(h.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_five_to_seven_questions_each_with_one_right_answer_among_its_choices():
    assert 5 <= len(QUESTIONS) <= 7
    assert len({q.key for q in QUESTIONS}) == len(QUESTIONS)
    for q in QUESTIONS:
        assert q.answer in q.choices and len(set(q.choices)) == len(q.choices) >= 3
    # the right answer is not always in the same place
    assert len({q.choices.index(q.answer) for q in QUESTIONS}) == 3


def test_every_prompt_choice_and_feedback_has_both_languages():
    for q in QUESTIONS:
        keys = (
            [f"quiz.{q.key}.prompt"]
            + [f"quiz.{q.key}.{c}" for c in q.choices]
            + [f"quiz.{q.key}.{c}.why" for c in q.choices]
        )
        for key in keys:
            assert set(TEXT[key]) == {"en", "ja"}, key


def test_numbers_come_from_the_model():
    v = values()
    host, workload = model.default_host(), model.default_workload()
    assert v["vm"] == model.fit(host, workload, model.platform("vm")).count == 61
    assert v["container"] == model.fit(host, workload, model.platform("container")).count == 111
    assert (v["ram"], v["cores"], v["guest_os"], v["configured"]) == ("64 GB", 16, "331 MB", "1 GB")
    # to a command: 7-9 s against 568 ms-1.16 s; 7000 / 1157 = 6.05, 9000 / 568 = 15.8
    assert (v["start_vm"], v["start_container"], v["times"]) == ("7 s – 9 s", "568 ms – 1.16 s", "6–16")
    assert (v["memory_version"], v["memory_year"]) == ("2.6.25", 2008)


def test_the_fit_question_shows_the_computed_numbers():
    qz = Quiz("en")
    assert "the author's 64 GB and the 16 cores the article calls common" in plain(qz.prompts["fit"].value)
    labels = {value: label for label, value in qz.radios["fit"].options}
    assert labels["right"] == "61 as VMs, 111 as containers"
    assert labels["swapped"] == "111 as VMs, 61 as containers"
    start = {value: label for label, value in qz.radios["start"].options}
    assert start["right"] == "7 s – 9 s for a stock VM, 568 ms – 1.16 s for a container"


def test_right_answer_gives_right_feedback_and_scores():
    qz = Quiz("en")
    assert qz.answer("limit", "cgroup") is True
    fb = plain(qz.feedback["limit"].value)
    assert fb.startswith("✓ Right.") and "Linux 2.6.25 (2008)" in fb
    assert plain(qz.score.value) == "Score: 1 of 7 right (1 checked)."


def test_wrong_answer_explains_why_not():
    qz = Quiz("en")
    assert qz.answer("meminfo", "limit") is False
    fb = plain(qz.feedback["meminfo"].value)
    assert fb.startswith("✗ Not quite.") and "cgroup files" in fb
    assert plain(qz.score.value) == "Score: 0 of 7 right (1 checked)."
    # changing one's mind counts the last check only
    assert qz.answer("meminfo", "host") is True
    assert plain(qz.score.value) == "Score: 1 of 7 right (1 checked)."


def test_all_right_answers_score_full_marks_by_clicking_check():
    qz = Quiz("en")
    for q in QUESTIONS:
        qz.radios[q.key].value = q.answer
        qz.buttons[q.key].click()
        assert plain(qz.feedback[q.key].value).startswith("✓")
    assert plain(qz.score.value) == "Score: 7 of 7 right (7 checked)."


def test_check_without_a_choice_asks_for_one():
    qz = Quiz("en")
    assert qz.check("layer") is None
    assert plain(qz.feedback["layer"].value) == "Pick an answer first."
    assert plain(qz.score.value) == "Score: 0 of 7 right (0 checked)."


def test_questions_are_keyboard_controls():
    box = quiz("en")
    kinds = [type(child).__name__ for child in box.children]
    assert kinds.count("RadioButtons") == kinds.count("Button") == len(QUESTIONS)
    assert all(r.value is None for r in box.explorer.radios.values())  # nothing pre-chosen


def test_japanese_quiz():
    qz = Quiz("ja")
    labels = {value: label for label, value in qz.radios["fit"].options}
    assert labels["right"] == "VM なら 61 個、コンテナなら 111 個"
    qz.answer("layer", "below")
    assert plain(qz.feedback["layer"].value).startswith("✓ 正解。")
    assert plain(qz.score.value) == t("quiz.score", "ja", right=1, total=7, checked=1)


def test_bad_input_raises_naming_the_parameter():
    qz = Quiz("en")
    with pytest.raises(ValueError, match="question must be one of layer, fit"):
        qz.answer("docker", "x")
    with pytest.raises(ValueError, match="choice for question 'fit' must be one of swapped, same, right"):
        qz.answer("fit", "maybe")
    with pytest.raises(ValueError, match="lang must be one of en, ja"):
        Quiz("fr")
