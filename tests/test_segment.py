"""Sentence segmentation and claim splitting."""

from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.segment import SentenceSplitter, split_claims, split_sentences


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def test_decimals_and_percentages_do_not_end_sentences():
    text = "La CDC détient 33,3 % du capital. Le chiffre est de 13.5 millions. Fin."
    assert sentences(text) == ["La CDC détient 33,3 % du capital.", "Le chiffre est de 13.5 millions.", "Fin."]


def test_abbreviations_titles_and_initials():
    text = ("M. Renard a rencontré Dr. Smith à St. Louis, cf. p. 12 du rapport. "
            "Le livre de J. K. Rowling est cité, etc. Ensuite Mme Durand parle. I told me. Then left.")
    assert sentences(text) == [
        "M. Renard a rencontré Dr. Smith à St. Louis, cf. p. 12 du rapport.",
        "Le livre de J. K. Rowling est cité, etc.",
        "Ensuite Mme Durand parle.",
        "I told me.",
        "Then left.",
    ]


def test_a_month_abbreviated_before_a_year_ends_no_sentence():
    text = "The venture, announced in Sept. 2011, was meant to unite three groups. Projet proposé sept. 2013."
    assert sentences(text) == ["The venture, announced in Sept. 2011, was meant to unite three groups.",
                               "Projet proposé sept. 2013."]


def test_ellipses_guillemets_and_quotes():
    text = ("Les petits noms : « sans avenir », « gaspillage »... À leur création, ils étaient deux. "
            "« Que faire ? » demande-t-il. « C'est clair. » Nous explique-t-il. "
            "« On se concentre [...] Après deux mois, ça va. » "
            'He said "no." Then he left.')
    assert sentences(text) == [
        "Les petits noms : « sans avenir », « gaspillage »...",
        "À leur création, ils étaient deux.",
        "« Que faire ? » demande-t-il.",
        "« C'est clair. »",
        "Nous explique-t-il.",
        "« On se concentre [...] Après deux mois, ça va. »",
        'He said "no."',
        "Then he left.",
    ]


def test_french_spaced_question_mark_and_blank_lines():
    text = "Que s'est-il passé\u00a0? L'entreprise a changé.\n\nTitre sans point\n\nSuite du texte"
    assert sentences(text) == ["Que s'est-il passé\u00a0?", "L'entreprise a changé.", "Titre sans point", "Suite du texte"]


def test_lines_of_one_paragraph_join_into_one_sentence():
    text = "Orange détenait\n44,4 % de\r\nCloudwatt. Fin."
    assert sentences(text) == ["Orange détenait\n44,4 % de\r\nCloudwatt.", "Fin."]


def test_endless_text_is_cut_so_memory_stays_bounded():
    splitter = SentenceSplitter(max_sentence=100)
    spans = []
    for _ in range(100):
        spans += splitter.feed("mot " * 10)
        assert len(splitter.buffer) <= 140
    spans += splitter.close()
    assert all(end - start <= 100 for start, end, _ in spans)


PROSE = st.lists(
    st.sampled_from([
        "Orange détient 44,4 %. ", "M. Renard arrive. ", "« Quoi ? » dit-il. ", "Fin… ", "Suite.\n", "\n\n",
        "Dr. Who 13.5 etc. ", "J. K. dit non. ", "Texte sans fin ", "[...] puis ", "« Oui. » ", "ça va !",
    ]),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(PROSE, st.lists(st.integers(min_value=1, max_value=15), min_size=1, max_size=10))
def test_streaming_in_any_chunks_gives_the_same_sentences(text, sizes):
    whole = split_sentences(text)
    splitter = SentenceSplitter()
    streamed = []
    position = 0
    index = 0
    while position < len(text):
        size = sizes[index % len(sizes)]
        streamed += [(a, b) for a, b, _ in splitter.feed(text[position:position + size])]
        position += size
        index += 1
    streamed += [(a, b) for a, b, _ in splitter.close()]
    assert streamed == whole


@settings(max_examples=200, deadline=None)
@given(PROSE)
def test_sentences_are_trimmed_ordered_and_cover_all_words(text):
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


def statements(text):
    return [claim.statement(text) for claim in split_claims(text)]


def test_a_sentence_with_two_claims_is_split_and_the_gapped_verb_borrowed():
    text = "Orange held 44.4% and Thales 22.2%."
    claims = split_claims(text)
    assert [c.statement(text) for c in claims] == ["Orange held 44.4%", "Thales held 22.2%"]
    second = claims[1]
    assert text[second.start:second.end] == "Thales 22.2%"
    # Every character of the statement comes from the sentence.
    statement = second.statement(text)
    pieces = second.to_sentence_spans(0, len(statement))
    assert " ".join(text[a:b] for a, b in pieces) == statement
    assert [text[a:b] for a, b in second.to_sentence_spans(statement.index("22.2%"), len(statement))] == ["22.2%"]


def test_parenthesised_figures_get_the_words_before_the_parenthesis():
    text = "devant la Caisse des Dépôts (33,3 % et 33 %) et deux entreprises spécialisées."
    assert statements(text)[:2] == ["devant la Caisse des Dépôts (33,3 %", "devant la Caisse des Dépôts 33 %"]


def test_a_notes_heading_is_given_to_each_figure_under_it():
    assert statements("Cloudwatt : Orange 44,4 %, Thalès 22,2 %") == ["Cloudwatt : Orange 44,4 %",
                                                                      "Cloudwatt : Thalès 22,2 %"]
    assert statements("Capital de Numergy : SFR 47 %, CDC 33 %")[1] == "Capital de Numergy : CDC 33 %"
    # A colon after more than a few words, or after a figure other than a year, heads nothing.
    assert statements("Orange held 44.4% and Thales 22.2%: the two founders.")[1] == "Thales held 22.2%: the two founders"


def test_notes_under_a_heading_are_one_claim_each_figures_or_not():
    assert statements("Numergy : créée en 2012 ; actionnaires SFR et Thales ; président Philippe Tavernier") == [
        "Numergy créée en 2012", "Numergy actionnaires SFR et Thales", "Numergy président Philippe Tavernier"]
    assert statements("Numergy — €2M revenue Jan–Sep 2013 / 130 partners") == [
        "Numergy €2M revenue Jan–Sep 2013", "Numergy 130 partners"]
    # A separator inside parentheses cuts nothing; a slash without spaces is a word's.
    assert statements("Cloudwatt: owners (Orange; Thales) / 2012") == ["Cloudwatt owners (Orange; Thales)", "Cloudwatt 2012"]
    assert statements("Cloudwatt: Orange/Thales") == ["Cloudwatt: Orange/Thales"]


def test_one_figure_or_a_year_and_a_figure_is_one_claim():
    for text in ("En 2012, Orange détenait 44,4 % du capital.", "Numergy a réalisé 2 millions d'euros.",
                 "Numergy vise 400 millions d'euros d'ici 2017, avec 10 % de part de marché."):
        assert statements(text) == [text]


def test_a_range_is_not_cut_at_its_and():
    for sentence in ("La société se voit rentable entre 2018 et 2020, avec 30 000 machines.",
                     "Cloudwatt aims for between 10 and 15 % of the market."):
        assert all("entre 2018 et 2020" in c.statement(sentence) or "between 10 and 15" in c.statement(sentence)
                   for c in split_claims(sentence)[:1])
    assert len(split_claims("Orange held 44.4% and Thales 22.2%")) == 2


def test_a_dash_before_a_lowercase_word_closes_an_aside():
    text = "Une offre – gratuite qui plus est ! – de stockage pour les PME. Fin."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Une offre – gratuite qui plus est ! – de stockage pour les PME.", "Fin."]
    text = "Il est parti. - Non, dit-il."
    assert len(split_sentences(text)) == 2


def test_a_part_that_starts_with_its_verb_borrows_the_first_subject():
    assert statements("Selon Cacheux, Numergy a fait 2 M€ en 2013 et compte 130 partenaires.") == [
        "Selon Cacheux, Numergy a fait 2 M€ en 2013", "Numergy compte 130 partenaires"]
    assert statements("The CDC holds 33% of Cloudwatt and granted it €75m.") == [
        "The CDC holds 33% of Cloudwatt", "The CDC granted it €75m"]
    # A noun phrase after "et" goes on with the first part's verb: not cut there.
    assert statements("Numergy vise 400 M€ en 2020 et la moitié du marché.") == [
        "Numergy vise 400 M€ en 2020 et la moitié du marché."]


def test_with_clauses_a_verb_initial_part_is_cut_without_figures():
    text = "Starck ran Cloudwatt for a year and a half and was replaced by Renard."
    assert statements(text) == [text]
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "Starck ran Cloudwatt for a year and a half", "Starck was replaced by Renard"]


def test_a_semicolon_between_two_names_cuts_two_claims():
    from recoupe.segment import split_claims
    text = "Cloudwatt = Orange + Bull ; Numergy = SFR + Thalès"
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "Cloudwatt = Orange + Bull", "Numergy = SFR + Thalès"]
    one = "Numergy vise 400 M€ ; la société veut devenir un meneur."
    assert len(split_claims(one, clauses=True)) == 1


def test_a_comma_and_between_two_clauses_opening_with_names_cuts_two_claims():
    from recoupe.segment import split_claims
    text = "SFR held more of Numergy than Orange held of Cloudwatt, and Bull held more of Numergy than Thales did."
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "SFR held more of Numergy than Orange held of Cloudwatt", "Bull held more of Numergy than Thales did"]
    listed = "Cloudwatt was founded by Orange, Thales, and the Caisse des Dépôts."
    assert len(split_claims(listed, clauses=True)) == 1


def test_a_clause_after_a_fronted_date_and_a_short_clause_cut_two_claims():
    from recoupe.segment import split_claims
    text = "En 2015, Numergy est passé sous le contrôle d'Orange, tandis que Cloudwatt rejoignait SFR."
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "En 2015, Numergy est passé sous le contrôle d'Orange", "Cloudwatt rejoignait SFR"]


def test_a_part_dated_from_the_one_before_is_not_cut():
    from recoupe.segment import split_claims
    text = "Cloudwatt planned 30,000 virtual machines in 2015 and expected to turn a profit the following year."
    assert len(split_claims(text, clauses=True)) == 1


def test_respectively_pairs_names_with_what_follows_in_order():
    text = "MM. Philippe Tavernier et Patrick Starck, respectivement présidents de Numergy et de Cloudwatt, ont parlé."
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "MM. Philippe Tavernier présidents de Numergy , ont parlé.",
        "MM. Patrick Starck présidents de Cloudwatt , ont parlé."]
    text = "Philippe Tavernier and Patrick Starck, the heads of Numergy and Cloudwatt respectively, spoke."
    assert [c.statement(text) for c in split_claims(text)] == [
        "Philippe Tavernier the heads of Numergy respectively, spoke.",
        "Patrick Starck the heads of Cloudwatt respectively, spoke."]


def test_respectively_pairs_holders_with_figures_in_order():
    text = "En 2014, Orange et la Caisse des Dépôts détenaient respectivement 44,4 % et 33,3 % du capital."
    assert [c.statement(text) for c in split_claims(text)] == [
        "En 2014, Orange détenaient respectivement 44,4 % du capital.",
        "En 2014, la Caisse des Dépôts détenaient respectivement 33,3 % du capital."]
    text = "Orange and Thales held 44.4% and 22.2% of Cloudwatt respectively."
    assert [c.statement(text) for c in split_claims(text)] == [
        "Orange held 44.4% of Cloudwatt respectively.", "Thales held 22.2% of Cloudwatt respectively."]


def test_just_as_joins_two_claims():
    text = "Orange held 44.4% of Cloudwatt, just as SFR held 47% of Numergy."
    assert [c.statement(text) for c in split_claims(text)] == ["Orange held 44.4% of Cloudwatt", "SFR held 47% of Numergy"]


def test_a_clause_that_gaps_its_verb_before_an_agent_borrows_it():
    from recoupe.segment import split_claims
    text = "Cloudwatt a été créée par Orange et Thalès, Numergy par SFR et Bull."
    assert [c.statement(text) for c in split_claims(text)] == [
        "Cloudwatt a été créée par Orange et Thalès", "Numergy a été créée par SFR et Bull."]
    text = "Numergy was formed by Orange and Thales, and Cloudwatt by SFR and Bull."
    assert [c.statement(text) for c in split_claims(text)][1] == "Cloudwatt was formed by SFR and Bull."
    # One agent, no second clause: nothing to cut.
    assert len(split_claims("Cloudwatt was created by Orange, Thales and the CDC in 2012.")) == 1


def test_an_elided_tandis_qu_cuts_two_clauses():
    from recoupe.segment import split_claims
    text = "Dès juillet 2012, Gandi accusait des recruteurs, tandis qu'OVH ironisait début septembre sur les annonces."
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "Dès juillet 2012, Gandi accusait des recruteurs", "OVH ironisait début septembre sur les annonces"]


def test_a_noun_while_and_a_table_bar():
    from recoupe.segment import split_claims
    assert len(split_claims("Teddy Riner was for a while the face of Cloudwatt.", clauses=True)) == 1
    text = "2011-12 — Dassault walks out of Andromède | 2012-02 — Dassault returns with SFR"
    assert [c.statement(text) for c in split_claims(text, clauses=True)] == [
        "2011-12 — Dassault walks out of Andromède", "2012-02 — Dassault returns with SFR"]


def test_a_range_of_months_is_not_cut():
    from recoupe.segment import split_claims
    text = "Numergy took in €6M between January and September 2013, and Cloudwatt €2m in 2014."
    assert [c.statement(text) for c in split_claims(text)][0] == "Numergy took in €6M between January and September 2013"


def test_respectively_pairs_names_with_their_parties_in_order():
    text = "SFR and Bull were acquired by Altice and Atos, respectively."
    assert [c.statement(text) for c in split_claims(text)] == [
        "SFR were acquired by Altice , respectively.", "Bull were acquired by Atos , respectively."]
    text = "SFR et Bull ont été rachetés respectivement par Altice et Atos."
    assert [c.statement(text) for c in split_claims(text)] == [
        "SFR ont été rachetés par Altice .", "Bull ont été rachetés par Atos ."]


def test_what_came_then_is_read_with_what_came_before_unless_it_has_a_figure():
    def clauses(text):
        return [claim.statement(text) for claim in split_claims(text, clauses=True)]
    assert clauses("Dassault quit Andromède and teamed up with SFR.") == ["Dassault quit Andromède",
                                                                          "Dassault teamed up with SFR"]
    assert clauses("Dassault quit Andromède and then teamed up with SFR.") == [
        "Dassault quit Andromède and then teamed up with SFR."]
    assert len(clauses("Numergy spent nine months building it, and then three months testing it.")) == 2


def test_a_change_between_two_figures_of_two_periods_is_two_claims():
    sentence = "Numergy's revenue rose from €2m in 2013 to €6m in 2014, according to the company."
    claims = split_claims(sentence)
    assert [c.statement(sentence) for c in claims] == [
        "Numergy's revenue rose €2m in 2013 , according to the company.",
        "Numergy's revenue rose €6m in 2014 , according to the company.",
    ]
    assert all(c.change_end for c in claims)
    french = "Numergy comptait passer de 2 M€ sur les neuf premiers mois de 2013 à 6 M€ en 2014."
    assert [c.statement(french) for c in split_claims(french)] == [
        "Numergy comptait passer 2 M€ sur les neuf premiers mois de 2013 .", "Numergy comptait passer 6 M€ en 2014 ."]


def test_a_change_with_one_period_or_none_stays_whole():
    for sentence in ("Orange's stake went from 44.4% to 100% in 2015.", "Cloudwatt cut its goal from €500m to €200m."):
        assert [c.statement(sentence) for c in split_claims(sentence)] == [sentence]


@given(st.integers(1, 999), st.integers(1, 999), st.integers(2000, 2030), st.integers(2000, 2030))
def test_each_end_of_a_change_keeps_its_own_figure_and_year(low, high, first_year, second_year):
    sentence = f"Sales went from €{low}m in {first_year} to €{high}m in {second_year}."
    first, second = split_claims(sentence)
    assert f"€{low}m in {first_year}" in first.statement(sentence)
    assert f"€{high}m in {second_year}" in second.statement(sentence)
    assert " to " not in first.statement(sentence) and " from " not in second.statement(sentence)


def test_a_gapped_verb_after_another_link_word():
    sentence = "Cloudwatt came out of Orange and Thales, Numergy out of SFR and Bull."
    assert [c.statement(sentence) for c in split_claims(sentence)] == [
        "Cloudwatt came out of Orange and Thales", "Numergy came out of SFR and Bull."]
