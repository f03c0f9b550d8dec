"""The self-check quiz of chapter 8: one question at a time, checked on demand, with feedback.

Each question is a set of RadioButtons (Tab to reach it, arrow keys to
choose), a "Check" button and a feedback line; a score line sums up. Every
prompt, choice and feedback string comes from the text table, and every
number in them is computed from ``data/`` through the model
(:func:`values`), never typed.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import ipywidgets as w

from .. import data, model
from ..figures import palette
from ..figures.startup import range_text
from ..model import kernel
from ..text import memory, t
from .base import Explorable


@dataclass(frozen=True)
class Question:
    key: str  # text keys are quiz.<key>.*
    choices: tuple[str, ...]  # in the order shown
    answer: str


QUESTIONS: tuple[Question, ...] = (
    Question("layer", ("at", "below", "app"), "below"),
    Question("fit", ("swapped", "same", "right"), "right"),
    Question("start", ("right", "same", "swapped"), "right"),
    Question("isolation", ("memory", "kernel", "none"), "kernel"),
    Question("why", ("cost", "bigger_apps", "growth"), "growth"),
    Question("limit", ("namespace", "cgroup", "image"), "cgroup"),
    Question("meminfo", ("limit", "host", "none"), "host"),
)


def values(lang: str = "en") -> dict[str, object]:
    """The numbers the questions and feedback quote, computed from data/ and the model."""
    host, workload = model.default_host(), model.default_workload()
    fits = {k: model.fit(host, workload, model.platform(k)) for k in ("vm", "container")}
    vm, ctr = model.span("vm"), model.span("docker")
    ratio = model.startup_ratio("vm", "docker")
    mem = next(a for a in kernel.cgroup_arrivals() if a.name == "memory")
    return dict(
        ram=memory(host.ram_mib),
        cores=host.cores,
        vm=fits["vm"].count,
        container=fits["container"].count,
        guest_os=memory(data.memory_mib("vm.guest_os_memory")),
        configured=memory(model.platform("vm").configured_mib(workload)),
        start_vm=range_text(vm.low_ms, vm.high_ms, vm.bound == "at_most", lang),
        start_container=range_text(ctr.low_ms, ctr.high_ms, ctr.bound == "at_most", lang),
        times=f"{ratio.low:.0f}–{ratio.high:.0f}",
        memory_version=mem.version,
        memory_year=mem.year,
    )


def _fill(key: str, lang: str, v: dict) -> str:
    """A quiz string with the computed values it names (start-up strings use their own names)."""
    if key.startswith("quiz.start."):
        v = {**v, "vm": v["start_vm"], "container": v["start_container"]}
    return t(key, lang, **v)


class Quiz(Explorable):
    """The questions, their check buttons, feedback and the score.

    It shares the explorers' box, accessibility helper and display, but has no ``state`` and no
    ``set_state``: a question is checked when its button is pressed, not when a choice moves, so no
    control writes a state that views redraw from. What it keeps is ``results``, one per checked
    question.
    """

    def __init__(self, lang: str = "en", questions: tuple[Question, ...] = QUESTIONS):
        super().__init__(lang)
        self.questions = questions
        self.values = values(lang)
        self.results: dict[str, bool] = {}
        self.radios: dict[str, w.RadioButtons] = {}
        self.feedback: dict[str, w.HTML] = {}
        self.buttons: dict[str, w.Button] = {}
        self.prompts: dict[str, w.HTML] = {}
        total = len(questions)
        for n, q in enumerate(questions, start=1):
            number = t("quiz.number", lang, n=n, total=total)
            prompt = _fill(f"quiz.{q.key}.prompt", lang, self.values)
            self.prompts[q.key] = w.HTML(
                f"<p style='margin:1em 0 0.2em;line-height:1.45'><span style='color:{palette.MUTED}'>"
                f"{html.escape(number)}</span><br><b>{html.escape(prompt)}</b></p>"
            )
            self.radios[q.key] = w.RadioButtons(
                options=[(_fill(f"quiz.{q.key}.{c}", lang, self.values), c) for c in q.choices],
                value=None,
                layout=w.Layout(width="auto", max_width="48em"),
            )
            self.buttons[q.key] = w.Button(
                description=t("quiz.check", lang), tooltip=t("quiz.check.tip", lang), layout=w.Layout(width="10em")
            )
            self.feedback[q.key] = w.HTML(layout=w.Layout(min_height="1.6em", max_width="48em"))
            self.buttons[q.key].on_click(lambda _, key=q.key: self.check(key))
        self.score = w.HTML()
        self.readouts = (*self.feedback.values(), self.score)
        self._score()

    def question(self, key: str) -> Question:
        for q in self.questions:
            if q.key == key:
                return q
        raise ValueError(f"question must be one of {', '.join(q.key for q in self.questions)}, got {key!r}")

    def answer(self, key: str, choice: str) -> bool:
        """Choose an answer from Python and check it; True when right."""
        q = self.question(key)
        if choice not in q.choices:
            raise ValueError(f"choice for question {key!r} must be one of {', '.join(q.choices)}, got {choice!r}")
        self.radios[key].value = choice
        return bool(self.check(key))

    def check(self, key: str) -> bool | None:
        """Check the chosen answer of one question; None when nothing is chosen."""
        q, lang = self.question(key), self.lang
        choice = self.radios[key].value
        if choice is None:
            self.feedback[key].value = f"<p style='line-height:1.45'>{html.escape(t('quiz.pick_first', lang))}</p>"
            return None
        right = choice == q.answer
        self.results[key] = right
        verdict = t("quiz.right" if right else "quiz.wrong", lang)
        why = _fill(f"quiz.{key}.{choice}.why", lang, self.values)
        colour = palette.RIGHT if right else palette.WRONG
        mark = "✓" if right else "✗"
        head = f"<b style='color:{colour}'>{mark} {html.escape(verdict)}</b>"
        self.feedback[
            key
        ].value = f"<p style='line-height:1.45'>{t('quiz.feedback', lang, verdict=head, why=html.escape(why))}</p>"
        self._score()
        return right

    def _score(self) -> None:
        right = sum(self.results.values())
        score = t("quiz.score", self.lang, right=right, total=len(self.questions), checked=len(self.results))
        self.score.value = f"<p><b>{html.escape(score)}</b></p>"

    def _top(self) -> list[w.DOMWidget]:
        rows = []
        for q in self.questions:
            rows += [self.prompts[q.key], self.radios[q.key], self.buttons[q.key], self.feedback[q.key]]
        return [*rows, self.score]


def quiz(lang: str = "en") -> w.VBox:
    """The chapter 8 quiz as one widget."""
    return Quiz(lang).widget()
