"""Discourse context in scan: sentences that speak of a company without naming it.

« L'entreprise vise 200 millions d'euros… » under a heading about Cloudwatt is
about Cloudwatt; the context can make such a sentence fit a claim, never
contradict one, and nothing carries over from one document to the next.
"""

from __future__ import annotations

from recoupe.discourse import Discourse, is_heading, referent
from recoupe.scan import Document, Finding, ScanStats, scan, scan_document

TARGET = "L'entreprise vise 200 millions d'euros de chiffre d'affaires d'ici 2017."
WRONG_TARGET = "L'entreprise vise 900 millions d'euros de chiffre d'affaires d'ici 2017."
NUMERGY_REVENUE = "Concrètement, l'entreprise a généré 2 millions d'euros de chiffre d'affaires sur les neuf premiers mois de 2013."


def findings(checker, text: str, name: str = "doc.txt") -> list[Finding]:
    return [event for event in scan_document(checker, Document.from_text(text, name), stats=ScanStats())
            if isinstance(event, Finding)]


def about(found: list[Finding], sentence_start: str) -> list[Finding]:
    return [finding for finding in found if finding.sentence.startswith(sentence_start)]


def test_a_heading_naming_cloudwatt_makes_the_next_sentence_about_it(checker):
    text = f"Cloudwatt : Après l'erreur de la Box, quatre mois pour convaincre\n\n{TARGET}\n"
    [finding] = about(findings(checker, text), "L'entreprise vise")
    assert finding.verdict == "supported", finding.result.explanation
    assert "cloudwatt-revenue-2017-target-200m" in finding.claim_ids


def test_a_wrong_figure_under_the_heading_is_never_contradicted(checker):
    text = f"Cloudwatt : Après l'erreur de la Box, quatre mois pour convaincre\n\n{WRONG_TARGET}\n"
    found = about(findings(checker, text), "L'entreprise vise")
    assert all(finding.verdict not in ("contradicted", "supported") for finding in found)


def test_without_context_the_sentence_is_not_a_claim(checker):
    assert about(findings(checker, TARGET + "\n"), "L'entreprise vise") == []
    assert not checker.is_checkable(TARGET)
    assert checker.is_checkable(TARGET, context=("cloudwatt",))
    # A cue alone, with no figure or date, is still not a claim.
    assert not checker.is_checkable("L'entreprise a un chiffre d'affaires.", context=("cloudwatt",))


def test_a_new_heading_changes_the_company(checker):
    cloudwatt = findings(checker, f"Cloudwatt\n\n{NUMERGY_REVENUE}\n")
    numergy = findings(checker, f"Cloudwatt\n\n{TARGET}\n\nNumergy, « le chalutier »\n\n{NUMERGY_REVENUE}\n")
    assert all(f.verdict != "supported" for f in about(cloudwatt, "Concrètement"))
    [finding] = about(numergy, "Concrètement")
    assert finding.verdict == "supported" and "numergy-revenue-2013-9m-2m" in finding.claim_ids


def test_a_sentence_with_an_organisation_as_subject_takes_over_from_the_heading(checker):
    text = (f"Cloudwatt\n\nEn avril, Numergy a changé de stratégie commerciale.\n\n{NUMERGY_REVENUE}\n")
    [finding] = about(findings(checker, text), "Concrètement")
    assert finding.verdict == "supported" and "numergy-revenue-2013-9m-2m" in finding.claim_ids


def test_context_never_crosses_documents(checker):
    documents = [Document.from_text("Cloudwatt\n\nCloudwatt a été créée en 2012.\n", "a.txt"),
                 Document.from_text(TARGET + "\n", "b.txt")]
    found = [event for event in scan(checker, documents) if isinstance(event, Finding)]
    assert [f for f in found if f.path == "b.txt"] == []


# --- the tracker itself -------------------------------------------------------------


def test_headings_are_short_lines_without_final_punctuation():
    assert is_heading("Numergy, « le chalutier »")
    assert is_heading("Cloudwatt : Après l'erreur de la Box, quatre mois pour convaincre")
    assert is_heading("image dediée\nInternet\nDes débuts difficiles")
    assert not is_heading("Cloudwatt a été créée en 2012.")
    assert not is_heading("« On a une société, avec une centaine de collaborateurs. »")
    assert not is_heading("Que s'est-il passé entre-temps ?")
    assert not is_heading(" ".join(["mot"] * 30))


def test_the_most_recent_subject_wins_and_headings_reset(checker):
    discourse = Discourse(checker)
    assert discourse.read("Numergy") == ("numergy",)
    assert discourse.read("Le marché est difficile.") == ("numergy",)
    # Named, but not as the subject: the heading's company stays the topic.
    assert discourse.read("L'humilité affichée par Cloudwatt tranche avec le discours de Numergy.") == ("numergy",)
    assert discourse.read("En avril, SFR a été racheté par le luxembourgeois Altice pour 13,5 milliards d'euros.") == ("sfr",)
    assert discourse.read("Pour Numergy, la contestation n'est plus d'actualité.") == ("numergy",)
    # A fragment is no clause: it does not take over.
    assert discourse.read("L'État en premier lieu.") == ("numergy",)
    assert discourse.read("Des débuts difficiles") == ()
    # No topic: the organisations of the last sentence that named some, at most two.
    assert discourse.read("Le chemin a été long pour Cloudwatt et Numergy.") == ("cloudwatt", "numergy")
    assert discourse.read("Il était question de Cloudwatt, d'Orange, de SFR et de Bull.") == ()
    # A byline or caption (several short lines) ends the passage without naming a topic.
    assert discourse.read("Camille Cacheux\nDirecteur Général\nCoreye") == ()


def test_coordinated_subjects_are_both_the_topic_and_a_group_gives_way_to_its_members(checker):
    discourse = Discourse(checker)
    context = discourse.read("À leur création en 2012, Cloudwatt et Numergy, les deux sociétés de « Cloud souverain » "
                             "financées par l'État, ont été accusés de tous les maux.")
    assert context == ("cloudwatt", "numergy")


def test_names_in_brackets_are_asides(checker):
    from recoupe.discourse import Discourse
    discourse = Discourse(checker)
    assert discourse.read("Deux projets : Cloudwatt (avec Orange et Thalès) et Numergy (avec SFR et Bull).") == (
        "cloudwatt", "numergy")


def test_a_sentence_whose_subject_is_a_pronoun_speaks_of_the_passage_so_far(checker):
    discourse = Discourse(checker)
    discourse.read("Le chemin a été long pour Cloudwatt et Numergy.")
    assert discourse.read("Chacun obtiendra un financement de 75 millions d'euros par la Caisse des Dépôts.") == (
        "cloudwatt", "numergy")


def test_each_speaks_of_the_several_things_named_last_even_after_another_subject(checker):
    discourse = Discourse(checker)
    discourse.read("Lâché par son partenaire, SFR annonce en mai avoir trouvé un nouvel associé : la société Bull.")
    discourse.read("Il était alors question de deux projets : Cloudwatt (par Orange et Thalès) et Numergy (par SFR et Bull).")
    assert discourse.read("Chacun obtiendra un financement de 75 millions d'euros par la Caisse des Dépôts.") == (
        "cloudwatt", "numergy")


# --- demonstratives of other types ----------------------------------------------------

PATRIOT_ACT = "Numergy et Cloudwatt brandissent le Patriot Act comme une menace."


def test_a_demonstrative_points_back_to_the_last_entity_of_its_type(checker):
    discourse = Discourse(checker)
    discourse.read(PATRIOT_ACT)
    assert "patriot-act" in discourse.read("Cette loi américaine date de 2001.")
    # Without a law named before, or with the law named again, nothing is added.
    assert "patriot-act" not in Discourse(checker).read("Cette loi américaine date de 2001.")
    assert Discourse(checker).read("This offer was launched in 2013.") == ()


def test_a_sentence_about_this_law_fits_the_law_s_claim_and_never_contradicts_it(checker):
    right = about(findings(checker, f"{PATRIOT_ACT} Cette loi américaine a été votée en 2001.\n"), "Cette loi")
    assert [f.verdict for f in right] == ["supported"], [f.result.explanation for f in right]
    assert "patriot-act-inception-2001" in right[0].claim_ids
    wrong = about(findings(checker, f"{PATRIOT_ACT} Cette loi américaine a été votée en 2005.\n"), "Cette loi")
    assert all(f.verdict not in ("supported", "contradicted") for f in wrong)


def _referent(checker, previous: str, sentence: str) -> str | None:
    reference = checker.extract(sentence).opening_reference
    named = referent(checker.extract(previous), reference[2], checker.database) if reference else None
    return None if named is None else previous[named.start:named.end]


def test_a_pronoun_stands_for_the_subject_of_the_last_clause_before(checker):
    previous = "Andromède devait réunir Orange, Thales et Dassault Systèmes, mais Dassault s'est retiré fin 2011."
    assert _referent(checker, previous, "Il s'est ensuite allié à SFR.") == "Dassault"
    assert _referent(checker, "Philippe Tavernier présidait Numergy.", "Auparavant, il dirigeait SFR Business Team.") \
        == "Philippe Tavernier"


def test_ce_dernier_is_the_last_person_named_and_the_company_needs_one_company(checker):
    assert _referent(checker, "Didier Renard a remplacé Patrick Starck à la tête de Cloudwatt.",
                     "Ce dernier avait dirigé l'entreprise dix-huit mois.") == "Patrick Starck"
    assert _referent(checker, "Cloudwatt s'est fait aider par eNovance.", "L'entreprise a été rachetée.") is None
    assert _referent(checker, "Cloudwatt vise 200 M€.", "The company had aimed for more.") == "Cloudwatt"


def test_a_name_in_a_crediting_phrase_is_no_referent(checker):
    previous = "Selon l'article de Cloud Guru, Philippe Tavernier veut faire de Numergy un fournisseur bon marché."
    assert _referent(checker, previous, "Il précise que l'État est client.") == "Philippe Tavernier"


def test_a_pronoun_later_in_the_sentence_is_no_opening_reference(checker):
    assert checker.extract("Orange said it would buy Cloudwatt.").opening_reference is None
