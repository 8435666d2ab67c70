"""``legalaid forms show ID``: what a template needs, as a script writing ``--field`` reads it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests import cli_runner


def legalaid(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return cli_runner.run(["--base-dir", str(tmp_path / "base"), *args], cwd=tmp_path)


def test_forms_show_json_lists_every_field_with_its_origin(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "forms", "show", "police_extension", "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == "police_extension"
    fields = {field["name"]: field for field in shown["fields"]}
    assert fields["name"]["from_client_file"] is True
    assert fields["name"]["source"] == "client.name"
    request = fields["request"]
    assert request == {
        "name": "request", "type": "choice", "required": True,
        "choices": ["extension", "trp"],
        "choice_labels": {
            "extension": {"ru": "Продление срока пребывания", "kk": "Болу мерзімін ұзарту",
                          "en": "Extension of stay"},
            "trp": {"ru": "Выдача разрешения на временное проживание",
                    "kk": "Уақытша тұруға рұқсат беру", "en": "Temporary residence permit"},
        },
        "label": {"ru": "Просьба", "kk": "Өтініш", "en": "Request"},
        "source": None, "from_client_file": False,
    }
    assert fields["requested_until"]["type"] == "date"
    assert fields["requested_until"]["required"] is False
    # What --field must give: the required fields the client file does not fill.
    asked = [name for name, field in fields.items()
             if field["required"] and not field["from_client_file"]]
    assert asked == ["police_office", "request", "reason"]


def test_forms_show_plain_says_how_to_give_each_field(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "forms", "show", "employer_wages")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "employer_wages: Letter to the employer: unpaid wages and withheld documents"
    amount = next(line for line in lines if line.split()[0] == "amount")
    assert "required" in amount and "--field amount=VALUE" in amount
    name = next(line for line in lines if line.split()[0] == "name")
    assert "from the client file (client.name)" in name


def test_forms_show_unknown_template_is_exit_2_naming_it(tmp_path: Path) -> None:
    result = legalaid(tmp_path, "forms", "show", "no_such_letter", "--json")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "legalaid: ID: no template with id 'no_such_letter' (see: legalaid forms list)"
    ]
    assert result.stdout == ""
