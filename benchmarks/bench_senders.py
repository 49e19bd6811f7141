"""Who sent it: precision and recall of the senders read from an evaluation set of files.

    uv run python benchmarks/bench_senders.py            # held-out part (the figures to report;
                                                         # score it once the rules are written)
    uv run python benchmarks/bench_senders.py --dev      # the part rules may be tuned on
    uv run python benchmarks/bench_senders.py --dev --show   # ... and list its misses
    uv run python benchmarks/bench_senders.py --all
    uv run python benchmarks/bench_senders.py --part heldout --show   # any part's misses

The files (``senders_generate.py``: e-mails with and without the template, letters as PDF,
.txt and .docx, mail bodies, forwards, joint responses, campaigns) are imported into a fresh
store by ``IntakeService.import_paths`` — files in — and the parties of each response are read
back through the service the GUI and exports use — responses out. The baseline is the rules
before issue 14 (``legacy_senders.py``) run on the same parsed files in the same run.

Evaluation set v8 (see ``senders_generate.py``): the development part is all of set v7 (its
development and held-out parts, drawn as before, so figures on it compare with set v7's
``--all``; it holds sets v4 to v7); the held-out part is new: about 150 responses drawn with
their own seed from pools of names, organisations, places and mail domains and in phrasings
and shapes (``senders_pools_v8``, ``senders_shapes_v8``, ``senders_shapes_v8_people``) that no
set v4 to v7 response uses, and that nobody tuned the rules to. ``--show`` lists the misses
of the part scored (``--part dev|heldout|all`` chooses it, as ``--dev`` and ``--all`` do);
once a held-out part's clean figure is recorded, its misses may be read, and it is
development data from then on.

Per field: person names, e-mail addresses, organisations, kind (private, organisation,
company, authority; 'unknown' counts as no answer, and is the right answer where the truth
says no one can tell), co-signers. And merges: stored parties that stand for two or more
different people (target 0).

An e-mail address shown on a response is right when the truth gives it to one of that
response's parties anywhere in the set: a person by identity, an organisation by normalised
name. So an organisation's address learned from one of its responses and shown on another is
that party's right address, not an error (it is not required where the response lacks it).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

if __package__:  # imported by a test
    from benchmarks.common import Result, finish, report
else:  # run as a script (common puts the repository on the path)
    from common import Result, finish, report  # type: ignore[import-not-found,no-redef]

from benchmarks import senders_generate
from hoeringsdesk.intake.senders.names import name_key, org_key

CACHE = Path(__file__).resolve().parent / ".cache" / "senders"
COUNT = 320
TARGET = 98.0
PERSON_ROLES = ("sender", "co_signer", "contact")


@dataclass(frozen=True)
class Pred:
    """One party of a response as the program registered it."""

    party_id: int
    role: str
    type: str  # person | organisation
    name: str
    email: str
    kind: str


def corpus() -> tuple[Path, list[dict]]:
    folder = CACHE / f"v{senders_generate.VERSION}-{COUNT}"
    files = folder / "files"
    truth_file = folder / "truth.json"
    if not truth_file.exists():
        senders_generate.generate(files, COUNT)
        (files / "truth.json").rename(truth_file)
    return files, json.loads(truth_file.read_text(encoding="utf-8"))["responses"]


# --- ours: files in, responses out ---------------------------------------------------------------
def ours(files: Path) -> dict[str, list[Pred]]:
    from hoeringsdesk.app import open_app

    with tempfile.TemporaryDirectory() as tmp:
        services = open_app(Path(tmp) / "store.sqlite3", user="benchmark")
        try:
            cid = services.demo.create(with_responses=False)
            services.intake.import_paths(cid, [files])
            out: dict[str, list[Pred]] = {}
            for row in services.responses.rows(cid):
                out[row.source_name] = [
                    Pred(
                        p.id,
                        p.role,
                        p.type,
                        p.contact_name if p.type == "person" else p.organisation,
                        p.email,
                        p.kind,
                    )
                    for p in _expand(row.parties)
                ]
            return out
        finally:
            services.close()


def _expand(parties: Iterable) -> list:  # type: ignore[type-arg]
    """An organisation shown with its contact person is two parties here."""
    from dataclasses import replace

    out = []
    for p in parties:
        if p.type == "organisation" and p.contact_id is not None:
            out.append(replace(p, contact_name="", email=p.organisation_email))
            out.append(
                replace(
                    p,
                    id=p.contact_id,
                    type="person",
                    role="contact",
                    organisation="",
                    contact_name=p.contact_name,
                    kind=p.kind,
                )
            )
        else:
            out.append(p)
    return out


def reading_only(files: Path, truths: list[dict]) -> dict[str, list[Pred]]:
    """The reading alone, no store (quick, for working on the rules): parties by their key."""
    from hoeringsdesk.intake.readers import read_file
    from hoeringsdesk.intake.senders import read_senders

    ids: dict[str, int] = {}
    out: dict[str, list[Pred]] = {}
    for t in truths:
        parsed = read_file(t["file"], (files / t["file"]).read_bytes())
        reading = read_senders(parsed, frozenset(senders_generate.MAILBOXES))
        preds = []
        for n, p in enumerate(reading.parties):
            key = p.key or f"{t['file']}:{n}"
            kind = reading.parties[p.contact_for].kind if p.contact_for is not None else p.kind
            preds.append(
                Pred(
                    ids.setdefault(key, len(ids) + 1),
                    p.role.value,
                    p.type,
                    p.name,
                    p.email,
                    kind.value,
                )
            )
        out[t["file"]] = preds
    return out


# --- the baseline: the rules before issue 14 -------------------------------------------------
def legacy(files: Path, truths: list[dict]) -> dict[str, list[Pred]]:
    import legacy_senders

    from hoeringsdesk.intake.readers import read_file

    ours_addresses = frozenset(senders_generate.MAILBOXES)
    store = legacy_senders.LegacyStore()
    out: dict[str, list[Pred]] = {}
    for t in sorted(truths, key=lambda t: t["file"]):
        parsed = read_file(t["file"], (files / t["file"]).read_bytes())
        preds = []
        for party, role in store.register(parsed, ours_addresses):
            if party.organisation:
                preds.append(
                    Pred(
                        party.id,
                        role.value,
                        "organisation",
                        party.organisation,
                        "" if party.contact_name else party.email,
                        party.kind.value,
                    )
                )
                if party.contact_name:
                    preds.append(
                        Pred(
                            party.id,
                            "contact",
                            "person",
                            party.contact_name,
                            party.email,
                            party.kind.value,
                        )
                    )
            else:
                preds.append(
                    Pred(
                        party.id,
                        role.value,
                        "person",
                        party.contact_name,
                        party.email,
                        party.kind.value,
                    )
                )
        out[t["file"]] = preds
    return out


# --- scoring ------------------------------------------------------------------------------
@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, truth: set[str], pred: set[str]) -> None:
        self.tp += len(truth & pred)
        self.predicted += len(pred)
        self.expected += len(truth)

    @property
    def precision(self) -> float:
        return 100.0 * self.tp / self.predicted if self.predicted else 100.0

    @property
    def recall(self) -> float:
        return 100.0 * self.tp / self.expected if self.expected else 100.0


FIELDS = ("person name", "e-mail", "organisations", "kind", "co-signers")


Identity = tuple[str, str]


def _identity(party: dict) -> Identity:
    """Who a truth party is: a person by identity, an organisation by normalised name."""
    if party["type"] == "person":
        return ("person", party["pid"])
    return ("organisation", org_key(party["name"]))


def identities(truths: list[dict]) -> dict[Identity, set[str]]:
    """Every e-mail address the truth gives each party, over the whole set."""
    out: dict[Identity, set[str]] = defaultdict(set)
    for t in truths:
        for p in t["parties"]:
            if p["role"] != "forwarder" and p["email"]:
                out[_identity(p)].add(p["email"].casefold())
    return out


def _truth_sets(t: dict) -> dict[str, set[str]]:
    parties = [p for p in t["parties"] if p["role"] != "forwarder"]
    persons = [p for p in parties if p["type"] == "person"]
    orgs = [p for p in parties if p["type"] == "organisation"]
    first = next((p for p in parties if p["role"] == "sender"), None)
    return {
        "person name": {name_key(p["name"]) for p in persons if p["name"]},
        "e-mail": {p["email"].casefold() for p in parties if p["email"]},
        "organisations": {org_key(p["name"]) for p in orgs},
        "kind": {first["kind"]} if first and first["kind"] not in ("unknown", "") else set(),
        "co-signers": {_who(p["type"], p["name"]) for p in parties if p["role"] == "co_signer"},
    }


def _sets(
    t: dict, preds: list[Pred], known: dict[Identity, set[str]]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """The truth's and the program's sets for one response; an address shown that belongs to
    one of the response's parties elsewhere in the truth counts as that party's (right)."""
    truth, pred = _truth_sets(t), _pred_sets(preds)
    own: set[str] = set()
    for p in t["parties"]:
        if p["role"] != "forwarder":
            own |= known.get(_identity(p), set())
    truth["e-mail"] |= pred["e-mail"] & own
    return truth, pred


def _pred_sets(preds: list[Pred]) -> dict[str, set[str]]:
    preds = [p for p in preds if p.role != "forwarder"]
    first = next((p for p in preds if p.role == "sender"), None)
    kind = {first.kind} if first is not None and first.kind not in ("unknown", "") else set()
    return {
        "person name": {name_key(p.name) for p in preds if p.type == "person" and p.name},
        "e-mail": {p.email.casefold() for p in preds if p.email},
        "organisations": {org_key(p.name) for p in preds if p.type == "organisation" and p.name},
        "kind": kind,
        "co-signers": {_who(p.type, p.name) for p in preds if p.role == "co_signer"},
    }


def _who(kind: str, name: str) -> str:
    return ("o:" + org_key(name)) if kind == "organisation" else ("p:" + name_key(name))


def merges(truths: list[dict], predicted: dict[str, list[Pred]]) -> tuple[int, int]:
    """Stored parties that stand for two or more different people, and the responses that
    show one of them as someone they are not."""
    people: dict[int, set[str]] = defaultdict(set)
    for t in truths:
        preds = [p for p in predicted.get(t["file"], []) if p.role in PERSON_ROLES]
        persons = [p for p in t["parties"] if p["type"] == "person" and p["role"] in PERSON_ROLES]
        for pred in preds:
            if pred.type != "person" and not any(
                p["email"] and p["email"].casefold() == pred.email.casefold() for p in persons
            ):
                continue
            match = next(
                (
                    p
                    for p in persons
                    if (pred.email and p["email"].casefold() == pred.email.casefold())
                    or (pred.name and name_key(p["name"]) == name_key(pred.name))
                ),
                None,
            )
            if match is None and persons and pred.role == "sender":
                match = persons[0]  # shown as this response's sender, whoever it names
            if match is not None:
                people[pred.party_id].add(match["pid"])
    merged = {pid for pid, who in people.items() if len(who) > 1}
    affected = sum(len(people[pid]) for pid in merged)
    return len(merged), affected


def score(
    truths: list[dict],
    predicted: dict[str, list[Pred]],
    known: dict[Identity, set[str]] | None = None,
) -> dict[str, Score]:
    """Per field over ``truths``; ``known``: the addresses of every party in the whole set
    (those of ``truths`` when not given)."""
    known = identities(truths) if known is None else known
    scores = {f: Score() for f in FIELDS}
    for t in truths:
        truth, pred = _sets(t, predicted.get(t["file"], []), known)
        for f in FIELDS:
            scores[f].add(truth[f], pred[f])
    return scores


def misses(
    truths: list[dict], predicted: dict[str, list[Pred]], known: dict[Identity, set[str]]
) -> None:
    for t in truths:
        truth, pred = _sets(t, predicted.get(t["file"], []), known)
        wrong = [f for f in FIELDS if truth[f] != pred[f]]
        if wrong:
            print(f"\n{t['file']} {t['shape']}")
            for f in wrong:
                print(f"   {f}: truth {sorted(truth[f])}  got {sorted(pred[f])}")


def _part(args: list[str]) -> str:
    """The part to score: ``--part NAME`` (dev, heldout, all), else ``--all``/``--dev``.

    An option it does not know stops it before anything is scored (a mistyped option must not
    score the held-out part by accident)."""
    known = {"--part", "dev", "heldout", "all", "--all", "--dev", "--show", "--quick"}
    unknown = [a for a in args if a not in known]
    if unknown:
        raise SystemExit(f"{' '.join(unknown)}: not an option of this benchmark\n{__doc__}")
    if "--part" in args:
        i = args.index("--part")
        name = args[i + 1] if i + 1 < len(args) else ""
        if name not in ("dev", "heldout", "all"):
            raise SystemExit("--part takes dev, heldout or all")
        return name
    return "all" if "--all" in args else "dev" if "--dev" in args else "heldout"


def main() -> None:
    files, truths = corpus()
    part = _part(sys.argv[1:])
    chosen = [t for t in truths if part == "all" or t["split"] == part]
    predicted = reading_only(files, chosen) if "--quick" in sys.argv else ours(files)
    baseline = legacy(files, truths)
    known = identities(truths)
    if "--show" in sys.argv:
        misses(chosen, predicted, known)
    mine, old = score(chosen, predicted, known), score(chosen, baseline, known)
    results = []
    for f in FIELDS:
        for measure in ("precision", "recall"):
            value, base = getattr(mine[f], measure), getattr(old[f], measure)
            results.append(
                Result(
                    f"senders ({part}): {f}, {measure}",
                    value,
                    "%",
                    base,
                    "rules before issue 14",
                    TARGET,
                    higher_is_better=True,
                    note=f"{mine[f].expected} expected" if measure == "recall" else "",
                )
            )
    merged, affected = merges(chosen, predicted)
    old_merged, old_affected = merges(chosen, baseline)
    results.append(
        Result(
            f"senders ({part}): parties merging different people",
            merged,
            "parties",
            old_merged,
            "rules before issue 14",
            0,
            note=f"{affected} people in them (before: {old_affected})",
        )
    )
    report(results, f"Senders read from {len(chosen)} responses ({part} part of {len(truths)})")


if __name__ == "__main__":
    main()
    finish()
