"""The checking mechanisms, one by one, through the library API."""

import pytest

from recoupe import api


def verdict(checker, text):
    return checker.check(text).verdict


@pytest.mark.parametrize("text", [
    "Orange owned 44.4 percent of Cloudwatt",        # English, decimal point, "percent"
    "Orange : 44,4 % de Cloudwatt",                  # French, decimal comma, nbsp
    "CDC owns one third of Numergy",                 # fraction word
    "la CDC détenait un tiers de Cloudwatt",
    "Numergie: Bull 20%",                            # misspelt name, terse
])
def test_supported_in_many_forms(checker, text):
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, value", [
    ("Bull owned 47% of Numergy", "20"),             # SFR's figure given to Bull
    ("Orange held 22.2% of Cloudwatt", "44"),        # Thales's figure given to Orange
    ("La CDC détenait la moitié de Cloudwatt", "33"),
])
def test_roles_matter(checker, text, value):
    result = checker.check(text)
    assert result.verdict == "contradicted"
    assert value in result.explanation


def test_another_holders_figure_is_not_support(checker):
    result = checker.check("Thales held 33,3 % of Cloudwatt")
    assert result.verdict == "contradicted"
    assert all(e.claim_id != "cloudwatt-shareholder-cdc" or e.relation == "contradicts" for e in result.evidence)


def test_negation_contradicts_a_recorded_fact(checker):
    assert verdict(checker, "Numergy did not receive any public money") == "contradicted"


def test_group_with_each_distributes(checker):
    assert verdict(checker, "Numergy and Cloudwatt each received 75 million euros") == "supported"
    assert verdict(checker, "Numergy and Cloudwatt each received 60 million euros") == "contradicted"


def test_group_without_each_is_the_total(checker):
    assert verdict(checker, "Les deux sociétés ont reçu 150 millions d'euros d'argent public") == "supported"


def test_period_outside_the_database_is_unverified(checker):
    assert verdict(checker, "Numergy revenue 2019: 40 M€") == "unverified"
    assert verdict(checker, "Cloudwatt aimed for 30 000 virtual machines in 2019") == "unverified"


def test_same_period_different_figure_is_contradicted(checker):
    result = checker.check("Cloudwatt planned 50,000 virtual machines for 2015")
    assert result.verdict == "contradicted"
    assert "30" in result.explanation


def test_target_is_not_an_actual_figure(checker):
    result = checker.check("Numergy's revenue target for 2020 is 400 million euros")
    assert result.verdict == "supported"


def test_dates_compare_at_the_coarser_precision(checker):
    assert verdict(checker, "Cloudwatt Box launched in 2013") == "supported"
    assert verdict(checker, "Cloudwatt Box launched in 2011") == "contradicted"


def test_unknown_entities_and_opinions_are_unverified(checker):
    assert verdict(checker, "Scaleway runs 12 data centres") == "unverified"
    assert verdict(checker, "Cloudwatt was a waste of money") == "unverified"


def test_sources_that_disagree_make_a_dispute(checker):
    disputes = []
    from recoupe.candidates import key_entities, point_of

    by_point = {}
    for claim in checker.database.claims:
        by_point.setdefault(point_of(claim, key_entities(claim, checker.database)), []).append(claim)
    disputes = [claims for claims in by_point.values() if len({repr(c.value) + repr(c.qualifiers) for c in claims}) > 1]
    assert disputes, "the bundled database records at least one disagreement between sources"


@pytest.mark.parametrize("text, unsettled", [
    ("Red Hat bought eNovance in June 2014.", "June 2014"),              # event, the claim has no date
    ("Orange took over Cloudwatt in March 2015.", "March 2015"),          # the source says only 2015
    ("In 2015 Cloudwatt was merged into Orange's consumer division.", "consumer division"),  # a part of Orange
    ("Cloudwatt a été intégré à la division grand public d'Orange en 2015.", "grand public"),
])
def test_what_the_source_does_not_say_is_not_supported(checker, text, unsettled):
    result = checker.check(text)
    assert result.verdict == "unverified"
    assert unsettled in result.explanation


@pytest.mark.parametrize("text", [
    "Orange took over Cloudwatt in 2015.",
    "Cloudwatt was integrated into Orange Business Services in 2015.",
    "Jean-François Colin est directeur marketing et communication d'Orange Cloud for Business.",
])
def test_as_precise_as_the_source_is_supported(checker, text):
    assert verdict(checker, text) == "supported"


def test_a_generic_title_with_another_qualifier_is_not_the_sources_title(checker):
    # In the organisation where the source gives him another title: wrong.
    assert verdict(checker, "Jean-François Colin est le directeur technique d'Orange Cloud for Business.") == "contradicted"
    assert verdict(checker, "Jean-François Colin is the technical director of Orange Cloud for Business.") == "contradicted"
    # With no organisation named: not confirmed.
    assert verdict(checker, "Jean-François Colin is a technical director.") == "unverified"


def test_a_year_end_result_is_not_confirmed_by_a_forecast(checker):
    assert verdict(checker, "Numergy ended 2014 with 6 million euros in revenue.") == "unverified"
    assert verdict(checker, "Numergy expected 6 million euros of revenue in 2014.") == "supported"


def test_empty_and_oversized_statements_are_refused(checker):
    with pytest.raises(api.StatementError):
        checker.check("   ")
    with pytest.raises(api.StatementError):
        checker.check("Numergy " * 5000)


def test_library_function_checks_in_order():
    results = api.check(["SFR held 47% of Numergy", "Ikoula is in Reims"])
    assert [r.verdict for r in results] == ["supported", "unverified"]


def test_a_passage_context_fills_in_what_a_sentence_refers_to(checker):
    """In a passage about Numergy, "nous" and a quoted Numergy executive speak for Numergy."""
    quote = "« Notre chiffre d'affaires est en ligne avec nos prévisions, 6 millions d'euros cette année »"
    # Without a passage, "notre" is the speaker's organisation in the database:
    # Tavernier's is Numergy, Cacheux's is Coreye.
    assert checker.check(quote + ", détaille Tavernier.").verdict == "supported"
    assert checker.check(quote + ", détaille Camille Cacheux.", whole=False).verdict != "supported"
    assert checker.check(quote + ", détaille son président.", whole=False,
                         context=("numergy",)).verdict == "supported"
    # …but words the source has Tavernier say, credited to Cacheux, are misattributed.
    assert checker.check(quote + ", détaille Camille Cacheux.", whole=False,
                         context=("numergy",)).verdict == "contradicted"
    # Never to contradict: the context makes claims fit, it does not make the statement wrong.
    assert checker.check("La société a réalisé 9 millions d'euros de chiffre d'affaires en 2014.",
                         whole=False, context=("numergy",)).verdict != "contradicted"


def test_denying_a_dated_event_contradicts_it_but_not_until_does_not(checker):
    assert verdict(checker, "Numergy never launched its own OpenStack platform.") == "contradicted"
    assert verdict(checker, "Numergy n'a jamais lancé sa plateforme OpenStack.") == "contradicted"
    assert verdict(checker, "Numergy did not launch its OpenStack platform until June 2014.") != "contradicted"


@pytest.mark.parametrize("text, expected", [
    # What went on "until" a date ended then: the end's date, not a deadline met.
    ("Cloudwatt kept its own legal structure until January 1, 2017.", "contradicted"),
    ("Cloudwatt existed as a legal entity until January 2016.", "supported"),
    ("Cloudwatt a conservé sa propre structure juridique jusqu'au 1er janvier 2017.", "contradicted"),
])
def test_what_lasted_until_a_date_ended_then(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A price whose buyer goes unnamed while another company pays is another deal's.
    ("Numergy paid SFR €30m for its cloud infrastructure.", "unverified"),
    ("Altice paid €13.5bn for SFR.", "supported"),
    ("SFR was sold for €13.5bn in 2014.", "supported"),
])
def test_a_price_paid_by_another(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Holders each given a percentage are a list: one the sources never give is an outsider.
    ("Numergy était détenu à 47 % par SFR, à 33 % par la Caisse des Dépôts et à 20 % par Thales.", "contradicted"),
    ("Cloudwatt's shareholders: Orange with 44.4%, the CDC with 33.3% and Thales with 22.2%.", "supported"),
])
def test_holders_each_with_a_share(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A word in another company's clause, before the subject's own clause, is said of that company.
    ("OpenStack : Numergy a bâti sa plateforme seul, Cloudwatt s'est fait aider par eNovance", "supported"),
    ("OpenStack : Cloudwatt a bâti sa plateforme seul, Numergy s'est fait aider par eNovance", "contradicted"),
])
def test_a_word_in_another_companys_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A city inside the country the source gives confirms the country, not the city.
    ("Coreye is a hosting company headquartered in Lille.", "unverified"),
    ("Coreye est un hébergeur français.", "supported"),
])
def test_a_narrower_place_than_the_source_gives(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("In 2015 Numergy became a wholly owned subsidiary of Orange.", "contradicted"),   # SFR took all of it
    ("C'est Cloudwatt qui a lancé la Cloud Team Alliance, réseau de fournisseurs européens de cloud public.",
     "contradicted"),   # « a lancé » an alliance: Numergy set it up
    ("Cloudwatt a lancé sa Box en octobre 2013.", "supported"),
    # A revision dated after the source says nothing against the target the source gives.
    ("In 2015 Numergy cut its 2020 revenue target to €200 million.", "unverified"),
    ("In 2014 Cloudwatt cut its 2017 revenue target to €300 million.", "contradicted"),
])
def test_owners_founders_and_later_revisions(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "after 3 years at the helm": the figure an order word takes is how long, not another event.
    ("Patrick Starck leaves Cloudwatt after 3 years at the helm.", "contradicted"),
    ("Patrick Starck left Cloudwatt after 18 months at the helm.", "supported"),
    # A reason held in the sources only by the names it mentions is not held.
    ("Patrick Starck left Cloudwatt after 18 months because the Cloudwatt Box had flopped.", "unverified"),
])
def test_how_long_and_why(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The name inside a cue's gap ("buy Orange's … stakes") is what is bought; the one before buys.
    ("Thales planned to buy Orange's and the CDC's stakes in Cloudwatt.", "contradicted"),
    ("Orange planned to buy Thales's and the CDC's stakes in Cloudwatt.", "supported"),
    ("SFR, leading the Numergy consortium, sold Numergy its own cloud infrastructure.", "supported"),
    # A sum as a takeover verb's object: money got back, nothing bought.
    ("La Caisse des Dépôts a récupéré l'intégralité de ses 75 millions d'euros en cédant sa part de Cloudwatt à "
     "Orange.", "unverified"),
])
def test_who_buys_what(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An interview credits the outlet that listened: L'Usine digitale heard it, not Les Echos.
    ("Cloudwatt blamed a smaller-than-expected French market in a July interview with Les Echos.", "contradicted"),
    # A frame the sentence opens with names the plan; the clause says what happens to the stake.
    ("Under Orange's buyout plan, the Caisse des Dépôts would have kept a minority stake in Cloudwatt.",
     "contradicted"),
    ("Under Orange's planned buyout, neither Thales nor the Caisse des Dépôts would keep any shares in Cloudwatt.",
     "supported"),
])
def test_frames_and_interviews(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A passive with no agent names no buyer before it.
    ("Axelle Lemaire's idea of merging Cloudwatt and Numergy was dropped once SFR and Bull had been bought.",
     "supported"),
    # "was in charge of" is no passive: the name before it is the one in charge.
    ("In 2012 Philippe Tavernier was in charge of Cloudwatt and Patrick Starck of Numergy.", "contradicted"),
])
def test_a_passive_names_its_agent_after_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date in a fronted "After …," clause is that clause's event's, not the main verb's.
    ("After walking out of Andromède at the end of 2011, Dassault Systèmes partnered with SFR and returned in "
     "February 2012 with a rival bid.", "supported"),
    # A forecast set aside (« Contrairement aux prévisions ») presents an actual figure.
    ("Contrairement aux prévisions, Numergy a en réalité réalisé 9 millions d'euros de chiffre d'affaires en 2014.",
     "unverified"),
    # A percentage is what a change left only after "to" / « à »; another one is another figure.
    ("Cloudwatt cut its 2017 revenue target to 40 % of the original.", "supported"),
    ("Cloudwatt a ramené son objectif à 200 M€ de chiffre d'affaires d'ici 2017, contre 500 M€ deux ans plus tôt, "
     "avec 10 % du cloud public français.", "unverified"),
    # A percentage of some other noun, with no word of the property, is none of its figures.
    ("Cloudwatt's OpenStack platform guarantees 99.99% availability.", "unverified"),
    ("La CDC a gardé ses 33,3 % dans Numergy quand SFR et Bull ont changé de mains.", "supported"),
    # "X at one date, then triple (that) at the next": the later figure is the larger.
    ("Cloudwatt visait 10 000 machines virtuelles en décembre 2014, puis le triple l'année suivante.", "supported"),
    ("Cloudwatt aimed for 10,000 VMs in December 2014, then twice that in 2015.", "contradicted"),
    ("Numergy's CEO expected 2014 revenue of about €6m, triple the €2m earned in the first nine months of 2013.",
     "supported"),
])
def test_whose_date_whose_figure_and_which_side_is_larger(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A participle with its agent describes a noun; the clause's negation does not deny it.
    ("La Cloud Team Alliance n'a pas été initiée par Numergy.", "contradicted"),
    # A sweeping denial ("never", « aucun ») of what no claim records is left open,
    # whatever else the statement gets right.
    ("Aucun opérateur allemand n'a rejoint la Cloud Team Alliance initiée par Numergy.", "unverified"),
    ("Numergy never opened a data centre outside France.", "unverified"),
    ("Numergy n'a jamais adhéré à la communauté OpenStack.", "contradicted"),
])
def test_what_a_denial_reaches(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A role said to have ended: by a role the source ends by then, against one it has last past then.
    ("By September 2014 Patrick Starck no longer ran Cloudwatt.", "supported"),
    ("Patrick Starck no longer ran Cloudwatt in 2013.", "contradicted"),
    ("Philippe Tavernier no longer headed Numergy by September 2014.", "contradicted"),
    # Another's role (Renard's) says nothing against it; one the source gives with no end leaves it open.
    ("By September 2014 Patrick Starck no longer ran Cloudwatt; Didier Renard had taken over in April.", "supported"),
    ("Didier Renard no longer ran Cloudwatt once Orange had taken it over.", "unverified"),
])
def test_a_role_that_ended(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Passed into someone's hands: the name after it takes over.
    ("Bull passed into Atos's hands in August 2014.", "disputed"),
    ("Bull fell into the hands of Altice in 2014.", "contradicted"),
    ("Numergy : Bull tombe dans l'escarcelle d'Atos en avril 2014", "disputed"),
])
def test_into_someones_hands(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # What a figure counts (« du capital ») leaves it to the verb before it.
    ("En 2015, SFR n'a racheté que la moitié du capital de Numergy.", "contradicted"),
    # How many went ("cut 50 jobs") is no headcount.
    ("Cloudwatt cut 50 jobs after Didier Renard took over.", "unverified"),
    ("Cloudwatt a supprimé 50 postes.", "unverified"),
    # A loss is no revenue, in the conditional too.
    ("D'après Les Echos, Numergy aurait perdu 30 millions d'euros en 2014.", "unverified"),
    # The speaker's comparison turned round: « plus important » for « moins important que prévu ».
    ("Selon Cloudwatt, le marché français du cloud s'est révélé plus important que prévu.", "contradicted"),
    ("Selon Cloudwatt, le marché français du cloud s'est révélé moins important que prévu.", "supported"),
])
def test_what_a_figure_counts_and_which_way_a_comparison_goes(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_place_beside_a_value_describes_it(checker):
    assert verdict(checker, "Numergy was in talks with the Swiss operator Green.ch.") == "supported"
    # OVH is no Swiss operator: the place word beside "operator" gives its country.
    assert verdict(checker, "Numergy was in talks with the Swiss operator OVH.") == "contradicted"
    assert verdict(checker, "Numergy discute avec l'opérateur suisse Green.ch.") == "supported"


def test_a_label_the_database_records_otherwise_is_contradicted(checker):
    """"CDD" where the source says CDI: the property lists the two as exclusive values."""
    assert verdict(checker, "Les salariés de Numergy sont tous en CDI.") == "supported"
    assert verdict(checker, "Numergy emploie une centaine de collaborateurs, tous en CDI.") == "supported"
    assert verdict(checker, "Numergy emploie une centaine de collaborateurs, pour la plupart en CDD.") == "contradicted"


def test_a_date_goes_with_the_verb_of_its_own_clause(checker):
    text = "Numergy a proposé le projet en mars 2013, accepté par les actionnaires en juin 2013."
    result = checker.check(text)
    assert result.verdict == "supported", result.explanation


def test_a_relation_between_two_parties_belongs_to_the_name_before_its_cue(checker):
    """Dassault and SFR were partners; in this sentence Thales is the one teaming up with SFR."""
    text = "After Dassault quit in December 2011, Thales teamed up with SFR in February 2012."
    assert verdict(checker, text) != "supported"
    assert verdict(checker, "Dassault Systèmes teamed up with SFR in February 2012.") == "supported"
    assert verdict(checker, "Atos a pris la place de Bull au capital de Numergy") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Numergy CA 9 mois 2013 : 6 M€", "contradicted"),                 # « CA » in capitals, "9 mois 2013"
    ("Numergy CA 9 mois 2013 : 2 M€", "supported"),
    ("Cloudwatt et Numergy ont toutes deux été lancées en septembre 2012.", "supported"),  # « toutes deux »: both
    ("Starck remplacé par Renard en avril 2014", "supported"),         # a participle with « par » is passive
    ("Didier Renard a succédé à Patrick Starck en janvier 2014.", "contradicted"),  # Starck names the post
])
def test_newsroom_notes(checker, text, expected):
    assert verdict(checker, text) == expected


def test_ca_in_lowercase_is_not_revenue(checker):
    assert "revenue" not in checker.extract("ça fait 2 M€ pour Numergy en 2013").cues


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt hit its target of 10,000 virtual machines in December 2014.", "unverified"),  # a target met is a result
    ("Cloudwatt aimed for 10,000 virtual machines in December 2014.", "supported"),
    ("Renard CEO of Cloudwatt since 1 April 2014", "unverified"),      # the source says April 2014
    # The day is this fact's, not the company's creation date to contradict.
    ("Numergy launched its own OpenStack platform on 16 June 2014.", "unverified"),
    ("Renard CEO of Cloudwatt since April 2014", "supported"),
])
def test_what_the_statement_adds_to_the_source(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Axelle Lemaire backed Orange's takeover of Cloudwatt.", "unverified"),   # what she did is not recorded
    ("Selon Jean-François Colin, la demande pour Cloudwatt connaît une croissance à deux chiffres.", "supported"),
    ("Tavernier expected Numergy's 2014 revenue to reach 6 million euros.", "supported"),
    ("Numergy : 6 M€ de CA prévus en 2014 (Tavernier)", "supported"),
])
def test_a_person_is_settled_only_when_quoted_or_confirmed(checker, text, expected):
    assert verdict(checker, text) == expected


def test_the_members_of_a_key_group_name_the_group(checker):
    """The merger was considered for "the two sovereign cloud companies": naming both is naming them."""
    text = "Axelle Lemaire avait un temps envisagé de rapprocher Cloudwatt et Numergy."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    ("La Cloudwatt Box était réservée aux seules entreprises.", "unverified"),   # the source: particuliers et entreprises
    ("La Cloudwatt Box visait les particuliers et les entreprises.", "supported"),
    ("Numergy a construit seule son infrastructure OpenStack.", "supported"),      # « seule » is "alone", not "only"
])
def test_only_excludes_what_the_source_includes(checker, text, expected):
    assert verdict(checker, text) == expected


def test_since_when_a_target_was_set_is_compared_with_when_it_was_stated(checker):
    assert verdict(checker, "Numergy has kept its 15% market-share goal since 2012.") == "supported"
    assert verdict(checker, "Numergy vise 15 % du marché d'ici 2020.") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt's 2015 VM goal was three times its December 2014 forecast.", "supported"),
    ("Cloudwatt prévoit pour 2015 le triple des machines virtuelles visées en décembre 2014.", "supported"),
    ("Cloudwatt's 2015 VM target was double its December 2014 target.", "contradicted"),
])
def test_a_ratio_between_two_dated_figures_of_one_fact(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_goal_kept_since_a_year_keeps_its_own_period(checker):
    """"by 2020" is the goal's period; only "since" is compared with when it was set."""
    assert verdict(checker, "Numergy targets 15% of the French public cloud market by 2020, a goal kept since 2012.") == "supported"
    assert verdict(checker, "Numergy targets 15% of the French public cloud market by 2020, a goal kept since 2013.") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    ("Numergy n'a pas reçu d'argent public.", "contradicted"),
    ("Cloudwatt did not receive all of the €75m.", "unverified"),          # "not all" denies nothing
    ("Numergy n'a pas obtenu toutes les commandes de l'État.", "unverified"),
])
def test_a_negation_of_all_is_partial(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The date of the first clause does not reach the second one's figure.
    ("Numergy a réalisé 2 M€ de CA sur les neuf premiers mois de 2013 et compte 170 partenaires.", "contradicted"),
    ("Numergy posted €2m of revenue in the first nine months of 2013 and works with 130 partners.", "supported"),
    ("Cloudwatt was launched in 2012 and targets €300m of revenue in 2017.", "contradicted"),
])
def test_a_statement_of_several_claims_is_also_read_claim_by_claim(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_count_is_not_contradicted_by_a_target_for_the_same_month(checker):
    assert verdict(checker, "Cloudwatt comptait 4 000 machines virtuelles fin 2014.") == "unverified"
    assert verdict(checker, "Cloudwatt visait 4 000 machines virtuelles fin 2014.") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    ("IBM announced a data centre in Montpellier in October 2012.", "supported"),
    ("IBM announced a data centre in France in October 2012.", "supported"),        # around the town
    ("IBM a annoncé en octobre 2012 un data center à Bordeaux.", "contradicted"),  # another town
    ("IBM announced a data centre in Normandy in October 2012.", "contradicted"),   # a known place elsewhere
    ("The Partner VIP conference was held in Paris on 20 November 2012.", "unverified"),  # a word of its name
])
def test_where_an_event_took_place(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Camille Cacheux, directeur général de Coreye", "supported"),
    ("Camille Cacheux était directeur général d'Integra.", "contradicted"),          # the same title elsewhere
    ("Integra's managing director Camille Cacheux", "contradicted"),
    ("Camille Cacheux est le directeur technique de Coreye.", "contradicted"),      # another title there
    ("Didier Renard était directeur marketing et communication d'Orange Cloud for Business.", "contradicted"),
])
def test_a_title_is_held_in_one_organisation_by_one_person(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Back in 2012 Cloudwatt was aiming for €500m of revenue.", "supported"),        # dated when the goal was held
    ("Back in 2012 Cloudwatt was aiming for €400m of revenue.", "contradicted"),
    ("Cloudwatt lowered its revenue goal from €500m, set in 2012, to €200m for 2017.", "supported"),
])
def test_a_target_dated_when_it_was_held(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy proposed its OpenStack project before June 2014.", "supported"),       # a deadline the event met
    ("Numergy proposed its OpenStack project before 2013.", "contradicted"),
    ("Dassault walked out on the SFR project in April 2012.", "supported"),          # SFR: the partner the claim records
    ("Dassault quit SFR's rival project in September 2012.", "contradicted"),
])
def test_event_dates_against_deadlines_and_projects_named_by_their_partner(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Patrick Starck a dirigé Cloudwatt pendant un an et demi.", "supported"),   # a duration of a state is its tenure
    ("Patrick Starck headed Cloudwatt for two and a half years.", "contradicted"),
    ("Starck : 4 ans à la tête de Cloudwatt", "contradicted"),
])
def test_how_long_a_state_held(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_place_describing_something_is_not_the_object_of_the_fact(checker):
    assert verdict(checker, "In 2009 Nicolas Sarkozy wanted a French alternative to American cloud services.") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Didier Renard a remplacé Patrick Starck à la tête de Cloudwatt.", "supported"),
    ("Patrick Starck was succeeded at Cloudwatt by Philippe Tavernier.", "contradicted"),   # one replacer per value
    ("Frédéric Simottel a remplacé Patrick Starck.", "contradicted"),
    # A later clause that starts with its verb is read on its own, whatever figures the first holds.
    ("Patrick Starck ran Cloudwatt for a year and a half and was then replaced by Camille Cacheux.", "contradicted"),
])
def test_who_replaced_whom(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The whole confirms the €200m target for 2017; the first claim read alone
    # (without "d'ici 2017") must not be contradicted by the 2014 result.
    ("Cloudwatt vise 200 M€ de chiffre d'affaires et 10 % du cloud public français d'ici 2017.", "supported"),
    # March 2013 is the proposal's date, not the approval's.
    ("Numergy proposed its OpenStack project in March 2013 and the shareholders approved it later.", "supported"),
    # A terse note names the CDC, which has no part in the programme's size.
    ("CDC : 150 M€ des Investissements d'avenir", "unverified"),
    ("Numergy, whose boss is Philippe Tavernier, made €2m in the first nine months of 2013 and aims for €700m of revenue by 2020.",
     "contradicted"),
])
def test_clauses_read_alone_and_together(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Camille Cacheux, directeur commercial de Coreye", "contradicted"),    # another title where he holds his
    ("Camille Cacheux est directeur commercial.", "unverified"),            # somewhere else, perhaps
    ("Cloudwatt se voit rentable entre 2016 et 2018.", "contradicted"),     # another range
    ("Cloudwatt se voit rentable entre 2017 et 2021.", "supported"),        # a wider range holds the source's
])
def test_titles_in_one_organisation_and_ranges(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Grand emprunt : 4,5 Md€, dont 135 M€ prévus pour Andromède", "supported"),   # a note of two facts
    ("Grand emprunt : 6 Md€, dont 135 M€ prévus pour Andromède", "contradicted"),  # the other fact is right, not this
    ("Numergy: ~1,000 paying customers (2014)", "unverified"),                      # a bare count counts something else
])
def test_a_figure_written_against_its_subject_in_a_note(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # October 2013 is the Box's launch, which agrees, not the IaaS offer's.
    ("En octobre 2013, bien avant son offre IaaS, Cloudwatt lançait la Cloudwatt Box.", "supported"),
    # "clients" with no client named may be other clients than the State.
    ("Cloudwatt : 800 clients en 2016", "unverified"),
    # Each figure goes with the date on its side of the arrow.
    ("Cloudwatt VMs: Dec 2014 goal 10k → 2015 goal 30k", "supported"),
    ("Cloudwatt VMs: Dec 2014 goal 20k → 2015 goal 30k", "contradicted"),
])
def test_which_fact_a_date_or_figure_is_about(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thales's stake in Cloudwatt was larger than Bull's stake in Numergy.", "supported"),
    ("Bull's stake in Numergy was bigger than Thales's stake in Cloudwatt.", "contradicted"),
    ("Numergy's 2020 revenue target is higher than Cloudwatt's 2017 revenue target.", "supported"),
    ("L'objectif de chiffre d'affaires de Numergy pour 2020 est inférieur à celui de Cloudwatt pour 2017.", "contradicted"),
    ("Thales received more than €40 million.", "unverified"),    # a bound, not a comparison of two facts
    # A name both facts share, said first, does not order them.
    ("Within Cloudwatt, Thales held a bigger stake than the Caisse des Dépôts.", "contradicted"),
    ("Chez Cloudwatt, la CDC détenait plus que Thales.", "supported"),
    # The comparative word and "than" / « que » around a few words.
    ("Bull pesait plus lourd que la Caisse des Dépôts au capital de Numergy.", "contradicted"),
    ("Bull held fewer shares in Numergy than the CDC.", "supported"),
    ("SFR's holding in Numergy was smaller than Orange's holding in Cloudwatt.", "contradicted"),
    # An opinion's comparative (« plus cher que ») compares no figure the sources give.
    ("Thalès a payé son entrée au capital de Cloudwatt plus cher que Bull son entrée dans Numergy.", "unverified"),
    # "about a hundred" each: too close to say; 75 M€ each: neither got more.
    ("Cloudwatt had more employees than Numergy in 2014.", "unverified"),
    ("Cloudwatt received more public funding than Numergy.", "contradicted"),
])
def test_two_facts_compared(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_near_miss_that_opens_another_name_is_no_misspelling(checker):
    statement = checker.extract("In 2009, François Hollande wanted a French cloud.")
    assert "france" not in {m.entity for m in statement.entities if m.start == statement.text.index("François")}


def test_a_plural_alias_after_de_or_a(checker):
    statement = checker.extract("les ventes des deux sociétés")
    assert "sovereign-cloud-companies" in statement.entity_ids


@pytest.mark.parametrize("text", ["le Gouvernement a investi dans nos deux consortiums",
                                  "the State put money into our two companies"])
def test_a_speakers_possessive_names_what_the_article_does(checker, text):
    assert "sovereign-cloud-companies" in checker.extract(text).entity_ids


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt 2017 rev. target > Numergy 2020 rev. target", "contradicted"),   # signs compare too
    ("Orange 44,4 % de Cloudwatt < SFR 47 % de Numergy", "supported"),
    # A relative clause between the subject and its date keeps them together.
    ("Cloudwatt, which blamed a French market smaller than expected, says it will be profitable between 2015 and 2017.",
     "contradicted"),
])
def test_signs_and_asides(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy : objectif 400 M€ en 2020, inchangé depuis 2012", "supported"),   # a goal's figure is read as its revenue
    ("Numergy : objectif 450 M€ en 2020", "contradicted"),
    ("SFR's 2013 revenue was €11bn.", "unverified"),                            # no SFR revenue: nothing else stands in
    ("Numergie vise 400 millions d'euros de chiffre d'affaires dès 2018.", "unverified"),  # "as early as", not "since"
])
def test_notes_whose_cue_takes_no_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # orange-rachat dates Numergy's switch to Atos-Bull to April 2014, deux-ans-apres Atos's purchase of Bull to August.
    ("In April 2014 Numergy's shareholders switched from SFR and Bull to Altice and Atos-Bull.", "disputed"),
    ("Altice has been a shareholder of Numergy since April 2014.", "supported"),
])
def test_a_switch_of_holders_is_dated_by_the_new_holders(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Didier Renard took over at Cloudwatt in April 2014.", "supported"),    # a person taking the helm, no buyer
    ("Didier Renard took over Cloudwatt in March 2015.", "contradicted"),   # he took the helm in April 2014
    # « nous n'avons pas reçu […] tous les ministères en dotation »: "not all", as the source says it
    ("Numergy n'a pas reçu d'office tous les ministères comme clients.", "supported"),
    # Revenue is summed over its period: the first half is not the first nine months.
    ("Numergy a réalisé 2 M€ de chiffre d'affaires au premier semestre 2013.", "unverified"),
    ("Numergy revenue through Q3 2013: 2M€", "supported"),
])
def test_actors_not_all_and_cumulative_periods(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Unlike Numergy, Cloudwatt built its infrastructure without outside help.", "contradicted"),
    ("Contrairement à Cloudwatt, Numergy a construit seule son infrastructure OpenStack.", "supported"),
    # The phrase states Cloudwatt's own fact: it is not set apart from it.
    ("Contrairement à Cloudwatt qui a bâti son infrastructure avec eNovance (depuis racheté par Red Hat), "
     "Numergy l'a construite seule.", "supported"),
])
def test_unlike_sets_a_name_apart(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy OpenStack build: 9 months, then 3 months of tests", "supported"),   # a label and its value
    ("Numergy, plate-forme OpenStack : 6 mois de construction", "contradicted"),
])
def test_a_note_label_and_its_value(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_figure_written_against_a_holder_names_the_stake(checker):
    assert verdict(checker, "Orange veut racheter les 20 % de la Caisse des Dépôts dans Cloudwatt.") == "contradicted"
    assert verdict(checker, "Orange veut racheter les 33,3 % de la Caisse des Dépôts dans Cloudwatt.") == "supported"


def test_a_list_the_source_gives_in_words_with_a_name_it_does_not_give(checker):
    assert verdict(checker, "Axelle Lemaire's idea of merging Cloudwatt and Numergy was dropped after the takeovers "
                            "of SFR and Thales.") == "unverified"
    assert verdict(checker, "Le rapprochement de Cloudwatt et Numergy, envisagé par Axelle Lemaire, a été abandonné "
                            "après les rachats de SFR et de Bull.") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt's IaaS offer was cheaper than Amazon's for SMEs.", "unverified"),   # nothing settles the comparison
    ("Le rachat de Cloudwatt par Orange a été préparé dans le plus grand secret.", "supported"),  # a superlative
])
def test_a_comparison_must_be_settled(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text", [
    "En 2009, Nicolas Sarkozy entend alors doter la France d'une alternative aux services américains.",
    "In 2009 Nicolas Sarkozy voulait déjà doter la France d'une alternative aux géants américains.",
])
def test_an_adverb_inside_a_cue_does_not_break_it(checker, text):
    result = checker.check(text)
    assert result.verdict == "supported"
    assert any(item.claim_id.startswith("nicolas-sarkozy-initiated") for item in result.evidence)


@pytest.mark.parametrize("text, expected", [
    ("Orange and Thales together held two thirds of Cloudwatt.", "supported"),
    ("Thales et la Caisse des Dépôts détenaient à eux deux 55,5 % de Cloudwatt.", "supported"),
    ("SFR et Bull détenaient ensemble les trois quarts de Numergy.", "contradicted"),
])
def test_a_figure_said_of_several_holders_together_is_their_sum(checker, text, expected):
    result = checker.check(text)
    assert result.verdict == expected
    assert "add up to" in result.evidence[0].explanation


def test_a_statement_giving_the_sources_figure_beside_another_is_not_contradicted_by_the_other(checker):
    assert verdict(checker, "Cloudwatt cut its revenue ambition from €500m to €200m.") != "contradicted"


@pytest.mark.parametrize("text, expected", [
    ("OVH est un hébergeur français.", "supported"),
    ("Ikoula is a German host.", "contradicted"),
    ("Coreye, un opérateur de cloud américain, vise les PME.", "contradicted"),
])
def test_a_place_word_beside_a_noun_for_a_company_gives_its_country(checker, text, expected):
    result = checker.check(text)
    assert result.verdict == expected
    assert any(item.claim_id.endswith("-country-france") for item in result.evidence)


def test_a_place_word_beside_a_noun_for_other_companies_says_nothing_of_the_name(checker):
    assert verdict(checker, "Le Patriot Act est une menace pour les sociétés françaises.") != "contradicted"


@pytest.mark.parametrize("text, expected", [
    ("Bull was Numergy's largest shareholder.", "contradicted"),
    ("SFR était l'actionnaire principal de Numergy.", "supported"),
    ("La CDC était le premier actionnaire de Cloudwatt.", "contradicted"),
])
def test_the_largest_holder_is_compared_with_every_other_holder(checker, text, expected):
    result = checker.check(text)
    assert result.verdict == expected
    assert "largest" in result.evidence[0].explanation or "more than any other" in result.evidence[0].explanation


@pytest.mark.parametrize("text, expected", [
    # A count of the holders beside a rank: as many as the holders that make the whole.
    ("Of Numergy's three shareholders, Bull held the smallest stake.", "supported"),
    ("Of Numergy's four shareholders, Bull held the smallest stake.", "contradicted"),
    ("Thales was the smallest of Cloudwatt's three shareholders, with a little over a fifth of the shares.",
     "supported"),
])
def test_the_holders_counted_beside_a_rank(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # How many hold the subject, when the holders the source gives make the whole.
    ("Numergy had two shareholders.", "contradicted"),
    ("Cloudwatt avait trois actionnaires.", "supported"),
    ("Numergy's three shareholders (SFR, the Caisse des Dépôts and Bull) held stakes that add up to 100 percent.",
     "supported"),
    # A restricted few, or a count apart from one, is no count of them all.
    ("Thales's 22.2% of Cloudwatt was one of the two stakes that Orange planned to buy.", "supported"),
    ("À sa création, Cloudwatt ne comptait, hormis la Caisse des Dépôts, que deux actionnaires : Orange et Thales.",
     "supported"),
])
def test_the_holders_counted(checker, text, expected):
    assert verdict(checker, text) == expected


def test_plus_importante_que_compares(checker):
    assert verdict(checker, "Thalès détenait une part de Cloudwatt plus importante que celle de la Caisse des Dépôts.") == (
        "contradicted")


@pytest.mark.parametrize("text, expected", [
    ("Orange's stake in Cloudwatt was exactly double Thales's.", "supported"),
    ("Orange détenait trois fois plus de Cloudwatt que Thales.", "contradicted"),
    ("L'objectif de revenus de Numergy pour 2020 est le double de celui visé par Cloudwatt pour 2017.", "supported"),
])
def test_a_ratio_between_two_facts_named_in_turn(checker, text, expected):
    result = checker.check(text)
    assert result.verdict == expected
    assert "times as much" in result.evidence[0].explanation


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt comptait être rentable dès 2016.", "contradicted"),       # « comptait » + infinitive aims
    ("Cloudwatt expected to turn a profit in 2016.", "contradicted"),     # expected: a forecast, not a result
    ("Cacheux writes that SMEs are the real infrastructure-cloud market in France today.", "supported"),
])
def test_intentions_forecasts_and_who_writes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy's staff are mostly on fixed-term contracts.", "contradicted"),   # « tous en CDI »
    ("Numergy's staff are all on permanent contracts.", "supported"),
    ("Le Plan Calcul compte parmi les grands succès de la stratégie industrielle de l'État.", "contradicted"),
    ("Le Plan Calcul fut un échec.", "supported"),
    ("Teddy Riner was paid to promote Cloudwatt.", "unverified"),   # no word about pricing
])
def test_text_values_contradicted_only_by_a_word_of_an_excluding_group(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_question_in_prose_asserts_nothing(checker):
    question = "Au succès franco-français du tristement fameux Plan Calcul, deux projets largement financés par des fonds publics ?"
    assert checker.check(question, whole=False).verdict != "contradicted"


@pytest.mark.parametrize("text, expected", [
    ("Didier Renard took over Cloudwatt in April 2014.", "supported"),
    ("Didier Renard took over Cloudwatt in April 2013.", "contradicted"),   # Starck still ran it
    ("Orange took over Cloudwatt in 2015.", "supported"),                   # a company takes it over: a purchase
])
def test_took_over_is_the_helm_for_a_person_and_a_purchase_for_a_company(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The duration between the event the database dates and the statement's own date.
    ("Cloudwatt a officialisé son offre IaaS fin juin 2014, près de deux ans après son lancement.", "supported"),
    ("Cloudwatt a officialisé son offre IaaS fin juin 2014, près de trois ans après son lancement.", "contradicted"),
    # No date of its own: the event's date plus the duration dates the statement.
    ("Two years after its launch, Cloudwatt released its IaaS offer.", "supported"),
    ("Five years after its launch, Cloudwatt released its IaaS offer.", "contradicted"),
])
def test_a_duration_from_an_event_the_database_dates(checker, text, expected):
    assert verdict(checker, text) == expected


def test_an_event_the_database_does_not_date_leaves_the_statement_placed_only_relatively(checker):
    assert verdict(checker, "Three years after its first board meeting, Cloudwatt released its IaaS offer.") != (
        "contradicted")


@pytest.mark.parametrize("text, expected", [
    ("En avril, Didier Renard est arrivé à la tête de Cloudwatt.", "supported"),
    ("In March, Didier Renard took over at Cloudwatt.", "contradicted"),    # April 2014: no year makes it March
    ("Fin juin, Cloudwatt a officialisé son offre IaaS.", "supported"),
    ("Début juin, Cloudwatt a officialisé son offre IaaS.", "contradicted"),  # late June, says the source
])
def test_a_month_without_a_year_is_compared_by_month(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt's data centre is at Val-de-Reuil in Brittany.", "contradicted"),   # in Normandy
    ("Cloudwatt's Val-de-Reuil data centre is in Brittany.", "contradicted"),
    ("Cloudwatt a un data center à Val-de-Reuil, en Normandie.", "supported"),
    ("SFR was bought by Altice, a Belgian group.", "contradicted"),                # a Luxembourg group
    ("Coreye, run by Camille Cacheux, is headquartered near Lille.", "unverified"),  # a town nobody confirms
    ("Cloudwatt a un site à Val-de-Reuil et un autre en Bretagne.", "unverified"),   # a region nobody confirms
    # Another place where the claim's place goes unnamed: neither around it nor inside it.
    ("Cloudwatt's servers run in an Orange DC near Lyon.", "contradicted"),
    ("Les serveurs de Cloudwatt sont hébergés dans un data center d'Orange situé en Bretagne.", "contradicted"),
    ("Cloudwatt's servers are hosted in Normandy.", "supported"),
    # "Green.ch in Switzerland" says where Green.ch is, not where the talks were.
    ("Numergy was in talks with Green.ch in Switzerland.", "supported"),
])
def test_places_said_around_a_place_and_countries_no_source_names(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two years earlier, Cloudwatt had been aiming for €300M of revenue.", "contradicted"),  # the initial €500m
    ("Il y a deux ans, Cloudwatt visait 500 millions d'euros de chiffre d'affaires.", "supported"),
    ("Two years later, Cloudwatt was aiming for €300M of revenue.", "unverified"),
])
def test_a_target_held_some_time_before_is_the_initial_one(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("En 2012, Philippe Tavernier affirmait que la vocation de Numergy était strictement nationale.", "contradicted"),
    ("Numergy's ambition was European.", "supported"),
    ("Numergy will become Europe's cloud leader.", "unverified"),   # a prediction, where the source gives a goal
])
def test_a_goal_is_stated_whatever_the_tense_but_not_predicted(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text", [
    "Numergy's revenue is in line with its forecasts.",      # Tavernier, against Cacheux's « très largement en deçà »
    "Numergy's offers were not adapted to what its customers needed.",  # against « extrêmement contents »
])
def test_judgements_the_sources_disagree_on_are_disputed(checker, text):
    assert verdict(checker, text) == "disputed"


def test_a_negation_reaches_no_further_than_a_comma(checker):
    statement = checker.extract("On ne le leur reprochera pas, tant les offres de Numergy n'étaient pas adaptées.")
    assert not statement.negates(statement.text.index("tant"))


def test_a_place_word_gives_the_country_of_the_name_it_is_said_of_only(checker):
    result = checker.check("Numergy discutait avec l'opérateur autrichien Green.ch.")
    assert result.verdict == "contradicted"
    assert [item.claim_id for item in result.evidence] == ["green-ch-country-switzerland"]


@pytest.mark.parametrize("text, expected", [
    ("Le footballeur Teddy Riner a porté un temps la communication de Cloudwatt.", "contradicted"),  # a judoka
    ("Le judoka Teddy Riner a porté un temps la communication de Cloudwatt.", "supported"),
    ("Orange paid around 50 million euros to buy out Thales and the CDC.", "unverified"),  # "paid" beside a company
])
def test_a_value_word_beside_a_persons_name_says_their_value(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy's 15% market-share goal is set for 2025.", "contradicted"),   # the 15 % goal is for 2020
    ("Numergy vise 400 M€ de chiffre d'affaires d'ici 2022.", "contradicted"),
    ("Numergy vise 400 M€ de chiffre d'affaires en 2022.", "unverified"),   # when it aimed, perhaps
    ("Numergy revenue 2015: 6 M€", "unverified"),   # an actual figure of another period is another figure
])
def test_the_sources_target_figure_for_another_year_is_misdated(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_group_named_where_the_subject_stands_names_the_subject(checker):
    assert verdict(checker, "Le Gouvernement a investi dans les deux consortiums.") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Axelle Lemaire was Secretary of State for Foreign Trade.", "contradicted"),   # « chargée du Numérique »
    ("Axelle Lemaire was Secretary of State for Digital Affairs.", "supported"),
    ("Fleur Pellerin était ministre des PME et de l'Économie numérique.", "supported"),  # two portfolios, one title
])
def test_a_ministers_portfolio_excludes_the_others(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La Caisse des Dépôts a touché 30 millions d'euros en cédant sa part de Cloudwatt à Orange.", "unverified"),
    ("Thales received more than €40 million for its Cloudwatt stake.", "unverified"),
    ("Cloudwatt a touché 30 millions d'euros de la Caisse des Dépôts.", "contradicted"),   # 75 M€
])
def test_money_another_name_receives_is_not_the_subjects_funding(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jean-François Colin is the chief executive of Orange Cloud for Business.", "contradicted"),  # marketing
    ("Camille Cacheux is Coreye's marketing director.", "contradicted"),   # « Directeur Général »
    ("Camille Cacheux is Coreye's CTO.", "contradicted"),
    ("Camille Cacheux is Coreye's CEO.", "supported"),
    ("Jean-François Colin is OCB's marketing and communications director.", "supported"),
])
def test_a_job_function_excludes_the_others(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_title_said_of_no_one_confirms_nobodys(checker):
    result = checker.check("According to Coreye's CEO, the French State created the sovereign cloud.")
    assert all(e.claim_id != "camille-cacheux-position-managing-director" for e in result.evidence)


@pytest.mark.parametrize("text, expected", [
    ("J.-F. Colin, dir. marketing & communication d'Orange Cloud for Business", "supported"),
    ("D. Renard a pris la tête de Cloudwatt en avril 2014.", "supported"),
])
def test_a_persons_first_names_may_be_initials(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt a bien atteint les 10 000 VM en décembre 2014.", "unverified"),   # a target
    ("Numergy actually booked the €6m of revenue it had forecast for 2014.", "unverified"),
    ("Numergy had forecast €6m of revenue for 2014.", "supported"),   # "had" is an auxiliary
])
def test_a_result_is_not_confirmed_by_the_aim_it_describes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Like OBS, Numergy targets large accounts and mid-caps.", "unverified"),   # not OBS's claim
    ("Comme Cloudwatt, Numergy vise les PME.", "supported"),   # Numergy's own claim
    ("D'autres ont été des échecs, comme le fameux Plan Calcul.", "supported"),   # an example, not a likeness
])
def test_a_name_given_only_to_compare_is_not_the_subject(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La secrétaire d'État au Numérique Axelle Lemaire avait un temps envisagé de rapprocher Cloudwatt et Numergy.",
     "supported"),   # « Numérique » is a portfolio, not a misspelt Numergy
    ("Fleur Pellerin était ministre de la Culture.", "contradicted"),   # not one of her title's two portfolios
    ("Fleur Pellerin later became Minister of Culture.", "unverified"),   # after the source's time
])
def test_a_value_word_is_a_word_not_a_misspelt_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The sovereign cloud was a private initiative in which the state played no part.", "contradicted"),
    ("Orange et non Thalès a racheté Cloudwatt.", "supported"),   # « non » denies Thalès, not Orange
])
def test_a_value_that_is_the_subject_of_a_negated_verb_is_denied(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bull held 20% of Cloudwatt.", "contradicted"),   # Orange, Thales and the CDC hold the whole
    ("SFR détenait 47 % de Cloudwatt.", "contradicted"),
    ("Thales held 22.2% of Cloudwatt.", "supported"),
    ("Bull held 20% of Cloudwatt in 2013.", "unverified"),   # a date of its own: the source's holders are undated
    # Denied, the outsider is what the source says; a holder denied is still contradicted.
    ("Bull was not a shareholder of Cloudwatt.", "supported"),
    ("Thales ne détenait pas de parts de Numergy.", "supported"),
    ("Bull never held 20% of Cloudwatt.", "supported"),
    ("Orange was not a shareholder of Cloudwatt.", "contradicted"),
    # Light words between the name and the cue are no distance: "stayed on as a shareholder".
    ("Dassault Systèmes stayed on as a shareholder of Numergy alongside SFR.", "contradicted"),
    ("Of the two telecom operators, SFR had the bigger stake in its cloud venture: 47% of Numergy, versus "
     "Orange's 44.4% of Cloudwatt.", "supported"),
])
def test_a_holder_outside_the_whole_holds_nothing(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy sold its cloud infrastructure to SFR.", "contradicted"),   # SFR sold it to Numergy
    ("SFR bought its cloud infrastructure from Numergy.", "contradicted"),
    ("SFR a revendu son infrastructure cloud à Numergy.", "supported"),
    ("Numergy bought its cloud infrastructure from SFR.", "supported"),
])
def test_a_converse_cue_puts_the_value_before_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jean-François Colin is the director of Orange Cloud.", "contradicted"),   # Laplane's title
    ("Philippe Laplane, directeur d'Orange Cloud", "supported"),
    ("Jean-François Colin, directeur marketing d'Orange Cloud for Business", "supported"),
])
def test_the_generic_word_of_a_title_held_by_one_is_not_a_more_specific_title(checker, text, expected):
    assert verdict(checker, text) == expected


def test_names_joined_by_a_dash_are_one_group(checker):
    assert verdict(checker, "Axelle Lemaire considered a Cloudwatt–Numergy merger.") == "supported"
    assert verdict(checker, "Patrick Starck – Cloudwatt president, Nov. 2012") == "supported"   # spaced: a separator


@pytest.mark.parametrize("text, expected", [
    ("According to Coreye's CEO, large accounts are the real IaaS market in France today.", "contradicted"),  # PME
    ("Cloudwatt positioned itself on large accounts and mid-caps, like OBS.", "contradicted"),
    ("OBS focuses on large accounts and mid-caps, whereas Cloudwatt is positioned on SMEs.", "supported"),
    ("La Box de Cloudwatt était destinée aux particuliers comme aux entreprises.", "supported"),
    ("Numergy targets large accounts.", "unverified"),   # « aussi les PME, et pas uniquement le secteur public »
])
def test_small_and_large_businesses_exclude_each_other(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Selon Camille Cacheux, l'aéronautique et le nucléaire comptent parmi les grands succès de la stratégie "
     "industrielle de l'État.", "supported"),   # the State's strategies: « l'État » is settled
    ("Selon Camille Cacheux, l'automobile et le nucléaire sont des succès de la stratégie industrielle de l'État.",
     "unverified"),   # the database knows nothing of « l'automobile »
])
def test_a_noun_listed_with_a_known_name_must_be_settled_too(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Didier Renard avait travaillé chez Orange avant de diriger Cloudwatt.", "unverified"),
    ("Didier Renard came from Orange before taking over Cloudwatt.", "unverified"),
    ("Didier Renard came to Cloudwatt from Orange Business Services.", "unverified"),
    ("The Patriot Act comes from the United States.", "supported"),   # an origin
    ("Didier Renard a pris la tête de Cloudwatt en avril 2014.", "supported"),
])
def test_where_someone_worked_before_is_a_fact_of_its_own(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orange détenait 44,4 % de Cloudwatt et SFR la même part de Numergy.", "contradicted"),   # 47 %
    ("La CDC détenait la même part de Cloudwatt et de Numergy.", "supported"),   # 33,3 % and 33 %
])
def test_the_same_share_is_a_ratio_of_one(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("SFR a été racheté par le belge Altice.", "contradicted"),   # Luxembourg
    ("SFR a été racheté par le luxembourgeois Altice.", "supported"),
])
def test_a_demonym_before_a_name_gives_its_country(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La conférence Partner VIP s'est tenue le 20 novembre à Paris La Défense.", "supported"),
    ("La conférence Partner VIP s'est tenue le 21 novembre à Paris La Défense.", "contradicted"),
    ("Frédéric Simottel, directeur des rédactions du Groupe 01, animait la session du 20 novembre.", "supported"),
])
def test_a_day_of_a_month_without_a_year_is_a_date_not_a_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("C'est Fleur Pellerin qui avait un temps envisagé de rapprocher Cloudwatt et Numergy.", "contradicted"),
    ("It was Axelle Lemaire who considered merging Cloudwatt and Numergy.", "supported"),
    ("Fleur Pellerin avait un temps envisagé de rapprocher Cloudwatt et Numergy.", "unverified"),   # one of several?
])
def test_a_cleft_singles_out_the_one_who_did_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy never meant to go beyond the public sector, its president said in 2012.", "unverified"),
    ("Aucun des deux consortiums n'avait l'intention de se cantonner au seul secteur public.", "supported"),
])
def test_a_denial_in_the_clause_keeps_shared_words_from_confirming(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt planned to step up its contributions to the OpenStack community.", "contradicted"),   # réduire
    ("Cloudwatt plans to cut back its contributions to OpenStack.", "supported"),
])
def test_a_qualifier_in_words_is_compared_through_the_groups_too(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Cloudwatt–Numergy merger idea was abandoned after SFR and Bull were bought.", "supported"),
    ("Le rapprochement entre Cloudwatt et Numergy a été abandonné après les rachats de SFR et de Bull.", "supported"),
    ("The Cloudwatt–Numergy tie-up idea was dropped before SFR and Bull changed hands.", "contradicted"),
    ("The merger of Cloudwatt and Numergy was abandoned after the takeovers of SFR and Thales.", "unverified"),
])
def test_a_qualifier_in_words_confirms_when_it_names_the_statements_names(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bull's stake in Numergy passed to Atos in April 2014.", "disputed"),   # April (orange-rachat), August
    ("Bull's stake in Numergy passed to Atos in 2013.", "contradicted"),
])
def test_a_holding_passed_to_a_name_is_that_names(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt 2015 VM target = 2x Dec. 2014 target", "contradicted"),   # 30 000 is 3x 10 000
    ("Cloudwatt 2015 goal: 30,000 VMs, 3x the December forecast", "supported"),   # a month without a year
    ("Pour 2015, Cloudwatt visait le double de sa prévision de décembre en machines virtuelles.", "contradicted"),
])
def test_a_ratio_to_a_month_without_a_year(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt was targeting 20,000 VMs for December.", "contradicted"),   # 10 000 for December 2014
    ("Cloudwatt was targeting 10,000 VMs for December.", "supported"),
    ("Cloudwatt was targeting 10,000 VMs for November.", "unverified"),
])
def test_a_month_without_a_year_dates_a_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The op-ed cites aeronautics and nuclear power as successful examples of state industrial strategy.",
     "supported"),   # "successful": « succès » with a longer ending
    ("Cacheux cites aeronautics and nuclear power as successes of French state industrial policy.", "supported"),
])
def test_who_cites_something_credits_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt did not expect to turn a profit before 2018.", "supported"),   # « entre 2018 et 2020 »
    ("Cloudwatt ne se voyait pas rentable avant 2018.", "supported"),
    ("Cloudwatt did not expect to turn a profit before 2021.", "contradicted"),
])
def test_not_before_a_date_is_that_date_or_later(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy is in talks with the operator Green.ch in Belgium.", "contradicted"),   # « Green.ch en Suisse »
    ("Numergy discute avec l'opérateur Green.ch en Suisse.", "supported"),
])
def test_a_company_noun_name_in_a_country_gives_its_country(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_data_centre_in_another_region_is_misplaced(checker):
    assert verdict(checker, "Cloudwatt's servers sit in Orange's Val-de-Reuil data center in Brittany.") == "contradicted"
    assert verdict(checker, "Cloudwatt's servers sit in Orange's Val-de-Reuil data center in Normandy.") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Le projet Andromède remonte à 2009, sous Nicolas Sarkozy.", "supported"),   # his era, and his project
    ("Le projet Andromède remonte à 2009, sous Fleur Pellerin.", "unverified"),
])
def test_under_a_person_the_facts_involve_is_an_era(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The opening name's date; the sovereign cloud (created in 2012) comes in only in the aside.
    ("Le Plan Calcul, souvent cité par les détracteurs du cloud souverain, avait été lancé en 1966.", "unverified"),
    ("Cloudwatt, la filiale d'Orange, a réalisé 2 millions d'euros de chiffre d'affaires en 2014.", "supported"),
    ("La CDC, actionnaire de Cloudwatt, en détient 33,3 %.", "supported"),   # the opening name is in the claim
    ("Orange, Thales et la CDC sont les actionnaires de Cloudwatt.", "supported"),   # a list, not an aside
])
def test_a_claim_named_only_in_an_aside_of_the_opening_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Cloud Team Alliance brings together half a dozen providers.", "supported"),   # « six acteurs »
    ("La Cloud Team Alliance compte une demi-douzaine de membres.", "supported"),
    ("La Cloud Team Alliance compte une douzaine de membres.", "contradicted"),
])
def test_half_a_collective(checker, text, expected):
    assert verdict(checker, text) == expected


def test_only_one_of_a_list_the_source_leaves_open_is_still_wrong(checker):
    # « les géants étrangers tels qu'Amazon, IBM, Google et autres »: open, but Amazon is not the only one.
    assert verdict(checker, "The sovereign cloud companies' only rival was Amazon.") == "contradicted"
    assert verdict(checker, "The sovereign cloud companies targeted foreign giants such as Amazon.") == "supported"


@pytest.mark.parametrize("text, expected", [
    # « suite à des désaccords avec Orange sur le fonctionnement du consortium »
    ("Dassault Systèmes left Andromède in late 2011 after disagreements with SFR.", "contradicted"),
    ("Dassault a quitté Andromède fin 2011 après des désaccords avec Thalès.", "contradicted"),
    ("Dassault Systèmes left Andromède in late 2011 after disagreements with Orange.", "supported"),
    ("After leaving Andromède, Dassault partnered with SFR on a rival project.", "supported"),   # not the reason
])
def test_a_party_named_in_a_qualifier_has_rivals(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("« Notre vocation est européenne », a martelé le président de Numergy, Philippe Tavernier.", "supported"),
    # Starck headed Cloudwatt: the apposition says something the database does not confirm.
    ("« Notre vocation est européenne », a martelé le président de Numergy, Patrick Starck.", "unverified"),
])
def test_a_person_beside_the_credited_title_is_credited(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy n'a déployé rien de moins que près d'un millier d'environnements clients.", "supported"),
    ("Numergy deployed nothing less than 1,000 client environments.", "supported"),
    ("Numergy deployed nothing less than 3,000 client environments.", "contradicted"),
])
def test_stress_is_neither_a_denial_nor_a_comparison(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_figure_takes_the_date_of_its_own_clause(checker):
    # "by 2017" is nearer €500m in characters, but across the comma.
    assert verdict(checker, "Cloudwatt aims for €200m in revenue by 2017, against €500m two years earlier.") == "supported"


@pytest.mark.parametrize("text, expected", [
    ("eNovance est depuis passé dans le giron de Red Hat.", "supported"),
    ("eNovance est passé dans le giron d'Orange.", "contradicted"),
    ("Red Hat est passé dans le giron d'eNovance.", "contradicted"),   # roles reversed
])
def test_the_name_after_a_transfer_phrase_receives(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « aux manettes pendant un an et demi »
    ("Starck ran Cloudwatt for three years before Renard took over.", "contradicted"),
    ("Starck ran Cloudwatt for 18 months before Renard took over.", "supported"),
])
def test_a_lasting_duration_before_an_event_is_not_an_offset(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Demand for Cloudwatt is growing at double-digit rates, according to Orange Cloud for Business "
     "marketing chief Jean-François Colin.", "supported"),
    ("Numergy ne vise pas seulement le secteur public.", "supported"),   # « pas uniquement le secteur public »
    ("Numergy is not only targeting the public sector.", "supported"),
])
def test_credits_and_not_only(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « 135 millions des 4,5 milliards d'euros du Grand emprunt »: the fund's only figure in euros.
    ("Le Grand emprunt de 10 milliards d'euros a financé Andromède.", "contradicted"),
    ("Andromède : 135 M€ prélevés sur un Grand emprunt de 4,5 milliards d'euros", "supported"),
    # Numergy has several properties in percent (market share, stakes): no guess.
    ("Après l'arrivée d'Altice, la CDC a conservé ses 33,3 % dans Numergy.", "supported"),
])
def test_a_figure_of_the_subject_in_its_only_unit_cues_that_property(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt's contracts are subject to US law.", "contradicted"),   # « sous droit français »
    ("Let us check Cloudwatt's contracts: they are subject to French law.", "supported"),   # "us", the pronoun
    # "US hosts" says where hosts come from, not the law's country.
    ("Under the Patriot Act, US hosts only have to hand over customer data stored on US soil.", "unverified"),
])
def test_a_two_capital_alias_matches_only_in_capitals(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « Heureusement que nous n'avons pas de marché captif et privilégié » (Starck, 2012)
    ("Patrick Starck said Cloudwatt fortunately had no captive, privileged market.", "supported"),
    ("Selon Patrick Starck, Cloudwatt n'a pas de marché captif.", "supported"),
    ("Cloudwatt had a captive market.", "unverified"),   # the source denies the words shared
    ("Patrick Starck said Cloudwatt had a captive market.", "contradicted"),   # his words deny it
    # A denial that does not reach the words shared: « pas … ni la connaissance du terrain des acteurs déjà en
    # place » denies the knowledge, not that the incumbents are in place.
    ("Camille Cacheux cite Coreye, Ecritel et Integra parmi les opérateurs cloud français déjà en place.",
     "supported"),
    ("Camille Cacheux, managing director of OVH, argues in an op-ed that the sovereign cloud's sales remain well "
     "below initial targets.", "contradicted"),   # Coreye's
    # 'boasted that' credits its speaker like 'said that'.
    ("Philippe Laplane boasted that American companies were even entrusting Cloudwatt with their "
     "\"confidential health data\".", "contradicted"),   # Jean-François Colin's words
    # « les offres de Numergy n'étaient pas adaptées » / « clients extrêmement contents »
    ("Numergy's offers were ill-suited to its customers.", "disputed"),
])
def test_a_value_that_denies_its_own_words(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The stake sold is Thales's (22,2 %), not the buyer's (44,4 %).
    ("Thales sold its 22.2 % stake in Cloudwatt to Orange.", "supported"),
    ("Thales sold its 33.3 % stake in Cloudwatt to Orange.", "contradicted"),
])
def test_a_possessive_figure_belongs_to_the_name_before_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The partnership with SFR was unveiled in February 2012; Dassault left it in April.
    ("Dassault Systèmes dropped out of its tie-up with SFR in April 2012.", "supported"),
    ("Dassault Systèmes teamed up with SFR in April 2012.", "contradicted"),
])
def test_the_date_of_an_end_is_not_the_date_of_the_start(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The Box: October 2013.
    ("About a year after its September 2012 launch, Cloudwatt released the Cloudwatt Box.", "supported"),
    ("Three years after its September 2012 launch, Cloudwatt released the Cloudwatt Box.", "contradicted"),
])
def test_an_approximate_offset_from_a_date_reaches_either_side(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_relative_clause_after_unlike_is_part_of_the_contrast(checker):
    text = "Unlike Numergy, which says it built its infrastructure alone, Cloudwatt relied on the specialist eNovance."
    assert verdict(checker, text) == "supported"


def test_a_figure_as_of_the_source_says_nothing_of_a_later_year(checker):
    # « la Cloud Team Alliance […], qui compte six acteurs » (2014)
    assert verdict(checker, "By end-2015 Numergy's Cloud Team Alliance had grown to ten members.") == "unverified"
    assert verdict(checker, "The Cloud Team Alliance has ten members.") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    ("Numergy n'a jamais versé de dividende à ses actionnaires.", "unverified"),   # Numergy pays
    ("Numergy n'a jamais reçu d'argent public.", "contradicted"),   # 75 M€
    ("La CDC a versé 75 M€ à Numergy.", "supported"),
])
def test_the_subject_before_a_word_of_paying_pays(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « eNovance, depuis racheté par Red Hat »: the buyer stands outside the aside.
    ("eNovance, the firm that helped Cloudwatt build its cloud, was bought by IBM.", "contradicted"),
    ("eNovance, the firm that helped Cloudwatt build its cloud, was bought by Red Hat.", "supported"),
    # 'later' holds a contradiction back, unless the source reports its event as later too
    # (« depuis racheté par Red Hat »): then it is the later event.
    ("eNovance, the firm that helped Cloudwatt build its cloud, was later bought by IBM.", "contradicted"),
    ("eNovance was later bought by Red Hat.", "supported"),
    ("Numergy was later bought by Orange.", "unverified"),   # « racheté à 100% par SFR » in 2015, no later
])
def test_a_name_in_an_aside_is_neither_a_rival_nor_in_the_way(checker, text, expected):
    assert verdict(checker, text) == expected


def test_claims_all_unverified_leave_a_joined_support_unverified(checker):
    # The whole named both companies (rivals); neither claim holds alone.
    assert verdict(checker, "Cloudwatt = Orange + Bull ; Numergy = SFR + Thalès") == "unverified"
    assert verdict(checker, "Cloudwatt = Orange + Thales ; Numergy = SFR + Bull") == "supported"


@pytest.mark.parametrize("text, expected", [
    # « Numergy adressera aussi les PME, et pas uniquement le secteur public »
    ("Numergy only targeted the public sector.", "contradicted"),
    ("Philippe Tavernier affirmait que Numergy ne viserait que le secteur public.", "contradicted"),
    ("Tavernier : Numergy se cantonnera au secteur public.", "contradicted"),
    ("En novembre 2012, le président de Numergy assurait que sa société se cantonnerait au secteur public.",
     "contradicted"),   # the conditional of reported speech
    ("Numergy se limite au secteur public.", "contradicted"),
    ("Numergy ne se limite pas au secteur public : nous nous adressons aussi aux PME.", "supported"),   # not only
    # 'only' said of the strategy, far from "SMEs" (Numergy's customers); the op-ed's own view confirms it
    ("The Coreye op-ed argues that only an exclusively indirect strategy can meet SMEs' needs.", "supported"),
])
def test_only_against_a_value_that_says_not_only(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_date_the_supporting_claim_gives_may_be_said_twice(checker):
    text = "Cloudwatt ne se voyait pas rentable avant 2018 : la société visait la rentabilité entre 2018 et 2020."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # « hébergés dans le centre de données d'Orange à Val-de-Reuil, en Normandie »
    ("Cloudwatt's servers were housed in an SFR data centre in Normandy.", "contradicted"),
    ("Les serveurs de Cloudwatt sont hébergés dans le centre de données de SFR à Val-de-Reuil.", "contradicted"),
    ("Les serveurs de Cloudwatt sont hébergés dans le centre de données d'Orange à Val-de-Reuil.", "supported"),
])
def test_a_member_of_a_value_of_several_kinds_replaced_beside_another(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("SFR : racheté par le belge Altice, avril 2014.", "contradicted"),   # Altice is from Luxembourg
    ("SFR a été racheté par le luxembourgeois Altice en avril 2014.", "supported"),
])
def test_a_nationality_glued_to_a_name_weighs_as_its_own_fact(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « autant destiné aux particuliers qu'aux entreprises »
    ("The Cloudwatt Box was aimed at businesses only.", "contradicted"),
    ("La Cloudwatt Box était réservée aux entreprises.", "contradicted"),
    ("La Cloudwatt Box était destinée aux particuliers et aux entreprises.", "supported"),
    # « indirecte, via des partenaires » elaborates; it lists no alternative
    ("The Coreye op-ed argues that only an exclusively indirect strategy relying on local players can meet "
     "SMEs' needs, and notes that both Numergy and Cloudwatt now seem to have taken that direction.", "unverified"),
])
def test_only_one_of_the_alternatives_a_value_joins(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Numergy was created in 2012; the alliance's launch date is not in the sources.
    ("The Cloud Team Alliance initiated by Numergy was formally launched in Q4 2014.", "unverified"),
    ("SFR was bought by Altice, a Belgian group.", "contradicted"),   # said of the agent itself
    # The 500 M€ is the earlier target; the 2017 one is 200 M€.
    ("Cloudwatt, qui tablait deux ans plus tôt sur 500 millions d'euros de chiffre d'affaires, "
     "vise désormais 200 millions d'euros en 2017.", "supported"),
    # « ramené à moins de la moitié »: 200 M€ is less than half of the earlier 500 M€.
    ("Cloudwatt, qui tablait deux ans plus tôt sur 500 millions d'euros, a ramené à moins de la moitié "
     "son objectif de chiffre d'affaires pour 2017.", "supported"),
])
def test_agents_and_earlier_asides_are_not_the_main_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Her title is right; what she is said to have judged is in no source.
    ("Fleur Pellerin, alors ministre chargée de l'Économie numérique, jugeait qu'un seul consortium aurait suffi.",
     "unverified"),
    ("Selon Philippe Tavernier, Numergy vise 400 M€ de chiffre d'affaires en 2020.", "supported"),
])
def test_a_speakers_title_does_not_confirm_what_they_say(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La Cloudwatt Box avait été lancée au printemps 2013.", "contradicted"),   # October 2013
    ("Cloudwatt launched its Box in the autumn of 2013.", "supported"),   # "its Box" names the Box
    ("First announced in the spring of 2011, Andromède was to unite Orange, Thales and Dassault.", "contradicted"),
    ("Numergy a créé une filiale en 2014.", "unverified"),   # not Numergy's own creation
    ("Cloudwatt launched in 2013.", "contradicted"),   # created in 2012
])
def test_seasons_possessives_and_creating_something_else(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « En avril, Didier Renard est arrivé » after Starck: names in each other's roles stay wrong,
    # even though each was Cloudwatt's head at some time.
    ("Patrick Starck a remplacé Didier Renard à la tête de Cloudwatt.", "contradicted"),
    ("Didier Renard a remplacé Patrick Starck à la tête de Cloudwatt.", "supported"),
    # "par" of another participle is no passive: Renard is the one who replaced Starck.
    ("Didier Renard, le remplaçant du sympathique mais débordé par ses partenaires Patrick Stark, dirige Cloudwatt.",
     "supported"),
])
def test_names_in_each_others_roles(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « Thalès (22,2%) et de la Caisse des Dépôts (33,3%) »
    ("Orange planned to buy the 33.3% stake held by Thales and the 22.2% held by the Caisse des Dépôts in Cloudwatt.",
     "contradicted"),
    ("Orange planned to buy the 22.2% stake held by Thales and the 33.3% held by the Caisse des Dépôts in Cloudwatt.",
     "supported"),
])
def test_a_figure_held_by_a_name_is_that_names(checker, text, expected):
    assert verdict(checker, text) == expected


def test_an_aside_does_not_count_in_the_distance_to_a_rival(checker):
    text = "eNovance, le spécialiste qui a aidé Cloudwatt à bâtir son infrastructure, a depuis été racheté par IBM."
    assert verdict(checker, text) == "contradicted"   # « eNovance, depuis racheté par Red Hat »


@pytest.mark.parametrize("text, expected", [
    # « le nom a été conservé et il est désormais réservé à l'offre de cloud public »
    ("Orange dropped the Cloudwatt name once the company had been absorbed.", "contradicted"),
    ("Le nom Cloudwatt a été conservé.", "supported"),
    # a denial inside the words shared with a value that denies nothing is a denial
    ("Orange did not keep the Cloudwatt name after the legal entity disappeared.", "unverified"),
    ("Numergy's offers were not adapted to what its customers needed.", "disputed"),
])
def test_what_became_of_a_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dassault, having teamed up with SFR in February 2012, quit the French cloud venture two months later, "
     "arguing that the State could not fund two competing entities.", "supported"),   # « deux entités concurrentes »
    ("Didier Renard, le successeur de Patrick Starck chez Cloudwatt, venait auparavant de Thalès.", "unverified"),
])
def test_words_of_a_reason_and_a_past_employer_with_an_adverb(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Altice, maison-mère de Numericable, est un groupe belge.", "contradicted"),   # Luxembourg
    ("Altice, maison-mère de Numericable, est un groupe luxembourgeois.", "supported"),
    ("En 2012, Numergy annonçait se limiter au seul secteur public.", "contradicted"),   # « pas uniquement »
    # « une position … tournée vers les PME […] complémentaire de celle d'OBS, positionné sur les grands comptes »
    ("Cloudwatt a pris une position tournée vers les grands comptes, complémentaire d'OBS positionné sur les PME.",
     "contradicted"),
])
def test_asides_limits_and_words_said_of_a_nearer_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Cloudwatt's holders (Orange, Thales, the CDC) hold the whole.
    ("Orange voulait racheter les 22,2 % détenus par Bull dans Cloudwatt.", "contradicted"),
    ("Orange voulait racheter les 22,2 % détenus par Thales dans Cloudwatt.", "supported"),
    ("Patrick Starck said it was fortunate that his company had no captive, privileged market.", "supported"),
    ("« Notre vocation est européenne » : la formule est du président de Numergy, Philippe Tavernier.", "supported"),
])
def test_passive_holders_his_company_and_the_words_of(checker, text, expected):
    assert verdict(checker, text) == expected


def test_the_two_points_rather_than_counts(checker):
    text = ("Alors que Cloudwatt se positionne sur les PME, OBS vise plutôt les grands comptes et les ETI, "
            "ce qui rend les deux offres complémentaires.")
    assert verdict(checker, text) == "supported"


def test_failed_as_an_adjective_cues_an_outcome(checker):
    # « pour l'aéronautique et le nucléaire : de grands succès »
    text = "Coreye's Camille Cacheux cites aeronautics and nuclear power as failed state industrial strategies."
    assert verdict(checker, text) == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # « le sympathique judoka Teddy Riner »
    ("Teddy Riner, who fronted Cloudwatt's early communication, is a tennis player.", "contradicted"),
    ("Cloudwatt used judoka Teddy Riner in its communication for a while.", "supported"),
    ("Teddy Riner was paid to promote Cloudwatt.", "unverified"),   # 'paid' is no title
    ("Jean-François Colin is marketing director of Orange Cloud for Business.", "supported"),
])
def test_a_title_after_a_copula_and_a_whole_one_word_title(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Jean-François Colin of Orange Cloud for Business says demand for Cloudwatt is growing at double-digit rates.",
     "supported"),
])
def test_a_speakers_affiliation_before_says(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « la demande pour Cloudwatt "connaît une croissance à deux chiffres" »
    ("Jean-François Colin says demand for Cloudwatt is declining.", "contradicted"),
    ("Selon Jean-François Colin, la demande pour Cloudwatt est en baisse.", "contradicted"),
    ("La demande pour Cloudwatt connaît une croissance à deux chiffres.", "supported"),
])
def test_growing_demand_is_not_shrinking_demand(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Philippe Tavernier said Numergy would confine itself to the public sector.", "contradicted"),
    ("Cloudwatt's positioning on large accounts complemented OBS's focus on SMEs.", "contradicted"),
    # "the State's" is no other company: the successes are said of the Plan Calcul
    ("Camille Cacheux cites the Plan Calcul as one of the State's great industrial successes, alongside aeronautics.",
     "contradicted"),
])
def test_confining_and_a_clause_of_another_company(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « des ventes très largement en deçà des objectifs initiaux »
    ("According to Camille Cacheux, the two sovereign clouds' sales are well above their initial targets.", "contradicted"),
    ("Selon Camille Cacheux, les ventes de Numergy et Cloudwatt dépassent déjà les objectifs initiaux.", "contradicted"),
])
def test_sales_above_targets_are_not_below_them(checker, text, expected):
    assert verdict(checker, text) == expected


def test_an_alternative_aux_cues_an_initiative(checker):
    # « Nicolas Sarkozy entend alors doter la France d'une alternative aux services américains »
    text = "Nicolas Sarkozy voulait dès 2009 doter la France d'une alternative aux services américains de cloud."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # Atos bought Bull in April 2014 (orange-rachat) or in August (deux-ans-apres); the apposition
    # « Bull, actionnaire de Numergy, » describes Bull and is not the sentence's claim.
    ("Atos a racheté Bull, actionnaire de Numergy, en avril 2014.", "disputed"),
    ("C'est en août 2014 que Bull, actionnaire de Numergy, est passé sous le contrôle d'Atos.", "disputed"),
    ("Bull est passé sous le contrôle d'Orange.", "contradicted"),
    # An apposition that opens with a possessive name describes too.
    ("Bull, Numergy's shareholder, fell into Atos's hands in April 2014.", "disputed"),
    ("Bull, Numergy's minority shareholder, was bought in August 2014 by Capgemini.", "contradicted"),
])
def test_an_apposition_describes_and_the_main_clause_decides(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Patrick Starck, président de Numergy, a débattu avec Philippe Tavernier.", "contradicted"),
    ("Philippe Tavernier, président de Numergy, a débattu avec Patrick Starck.", "unverified"),
    # Renard headed Cloudwatt after Starck: the title at another time is no contradiction.
    ("La Cloudwatt Box aurait selon Didier Renard, le PDG de Cloudwatt, englouti des ressources.", "supported"),
])
def test_a_person_given_a_title_in_an_apposition(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « Seule une stratégie exclusivement indirecte, reposant sur des acteurs locaux, […] est en mesure
    # de répondre à ces besoins » (the op-ed of Coreye's managing director)
    ("Pour Camille Cacheux, seule une stratégie exclusivement indirecte peut répondre aux besoins des PME.", "supported"),
    ("Coreye's chief executive argues that only an exclusively indirect strategy built on local partners can meet "
     "SMEs' needs.", "supported"),
    ("Selon le directeur général de Coreye, seule une stratégie de vente directe peut répondre aux besoins des PME.",
     "contradicted"),
    # the value's word and what excludes it, side by side, against a value that excludes the rest
    ("Selon Cacheux, une stratégie mixte, directe et indirecte, est la seule à même de répondre aux besoins des PME.",
     "contradicted"),
    ("Cloudwatt's communication once featured the judoka Teddy Riner.", "supported"),
])
def test_a_recommended_sales_channel(checker, text, expected):
    assert verdict(checker, text) == expected


def test_forces_is_a_legal_obligation(checker):
    # « cette loi américaine de 2001 oblige les hébergeurs d'origine américaine à mettre les données … »
    text = "The Patriot Act forces US hosting companies to hand customer data to the courts even when stored abroad."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # « nous n'avons pas reçu dans notre corbeille de naissance tous les ministères en dotation »
    ("Tavernier said Numergy had not been handed all the ministries as customers from birth.", "supported"),
    ("Numergy n'a pas reçu tous les ministères à sa naissance.", "supported"),
    ("Philippe Tavernier said in 2012 that Numergy had been handed all the ministries as clients from birth.",
     "contradicted"),
    ("Les ministères sont tenus d'héberger leurs données chez Numergy.", "unverified"),
    # « sans aide extérieure, par ses propres moyens »: the denial stops at the comma
    ("Numergy a construit son infrastructure par ses propres moyens.", "supported"),
    ("Cloudwatt built its infrastructure with eNovance's help, whereas Numergy built its own alone.", "supported"),
])
def test_what_a_value_denies_and_what_it_does_not(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a comma after an opening phrase joins no list: the person is the one who presided
    ("Lors de la conférence Partner VIP, Patrick Starck présidait Numergy.", "contradicted"),
    # « Before X, » dates what follows when it speaks of another company of X's kind
    ("Before Numergy, Philippe Tavernier had run SFR Business Team.", "unverified"),
    ("Avant de racheter Cloudwatt, Orange en détenait 44,4 %.", "supported"),
    ("Orange, Thales et la CDC détiennent Cloudwatt.", "supported"),
])
def test_opening_phrases_and_lists(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Four false contradictions of an unseen set (probe24)
    ("Cloudwatt's head office was in Boulogne-Billancourt.", "unverified"),   # a place, no rival head
    ("La Caisse des Dépôts n'a récupéré qu'un quart de sa mise en cédant ses parts de Cloudwatt à Orange.",
     "unverified"),   # a quarter of its money, not of the capital
    ("Numergy set up the Cloud Team Alliance in early 2013.", "unverified"),   # not Numergy's own creation
    ("The State's strategic 'sovereign' investment fund that later backed Numergy and Cloudwatt was created in 2011.",
     "unverified"),   # the fund's creation, not Cloudwatt's
    ("Tavernier said that Cloudwatt was created in 2013.", "contradicted"),   # "that" after "said" is no relative
    ("Orange set up Cloudwatt in 2013.", "contradicted"),
])
def test_places_money_objects_and_relative_clauses(checker, text, expected):
    assert verdict(checker, text) == expected


def test_an_only_word_inside_a_cue(checker):
    # « autant destiné aux particuliers qu'aux entreprises »
    assert verdict(checker, "The Cloudwatt Box, a 'sovereign' Dropbox rival, was aimed solely at businesses.") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # « abandonné après les rachats de SFR et de Bull »: the database holds one merger idea
    ("Le projet de rapprochement entre Cloudwatt et Numergy a été abandonné à la suite du rachat de Cloudwatt par Orange.",
     "contradicted"),
    ("The Cloudwatt–Numergy tie-up idea was dropped before SFR and Bull changed hands.", "contradicted"),
    ("Le rapprochement entre Cloudwatt et Numergy a été abandonné après les rachats de SFR et de Bull.", "supported"),
])
def test_how_the_one_merger_idea_ended(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « sans que Didier Renard […] n'ait eu un grand rôle à jouer »
    ("Cloudwatt CEO Didier Renard played a central role in preparing Orange's takeover.", "contradicted"),
    ("Before taking over Cloudwatt, Didier Renard was an executive at Orange Business Services.", "unverified"),
])
def test_renards_role_in_the_takeover(checker, text, expected):
    assert verdict(checker, text) == expected


def test_not_only_said_of_a_value_that_says_not_only(checker):
    # « Numergy adressera aussi les PME, et pas uniquement le secteur public »
    text = "Numergy said in late 2012 it would also go after SMEs, not only the public sector."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    ("Didier Renard a pris les rênes de Cloudwatt au printemps 2014.", "supported"),   # April 2014, after Starck
    ("Didier Renard a pris les rênes de Cloudwatt en 2013.", "contradicted"),   # Starck's time
])
def test_a_start_where_the_predecessors_time_ends_is_a_succession(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « L'animateur de cette session, Frédéric Simottel, le directeur des rédactions du Groupe 01 »
    ("Le débat sur le cloud souverain était animé par Frédéric Simottel, directeur des rédactions du Groupe 01.",
     "supported"),
    ("Frédéric Simottel, editorial director of Groupe 01, moderated the sovereign-cloud session.", "supported"),
    ("Partner VIP 2012 : plénière de clôture à Lyon", "contradicted"),   # Paris La Défense
])
def test_the_sovereign_cloud_session(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A second fact of the statement, named whole and cued, that is wrong: the first one's support does not hide it.
    ("Axelle Lemaire, alors ministre de la Culture, avait envisagé un rapprochement entre Cloudwatt et Numergy.",
     "contradicted"),
    ("Numergy, unlike Cloudwatt, relied on the specialist eNovance to build its OpenStack infrastructure.",
     "contradicted"),
    # A figure that is not written against the claim's subject, or comes before its name, is a part or another's.
    ("Thales is said to have received about €50m for its 22.2% stake in Cloudwatt.", "unverified"),
    ("La CDC détient un tiers du capital des deux sociétés grâce à 150 millions d'euros des Investissements d'avenir.",
     "unverified"),
    # A date counted from an event is as precise as the event: within the claim's year is settled.
    ("Three years after its launch, Cloudwatt was folded into Orange Business Services.", "supported"),
    ("Un an après son lancement, Cloudwatt a été intégré à Orange Business Services.", "contradicted"),
])
def test_a_second_fact_contradicted_and_dates_counted_from_events(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "rather than" prefers one thing to another: its "than" compares nothing, and what it sets aside confirms nothing.
    ("For Cacheux, the real infrastructure-cloud market in France today is SMEs rather than large corporations.",
     "supported"),
    ("For Cacheux, the real infrastructure-cloud market in France today is large corporations rather than SMEs.",
     "contradicted"),
    ("Pour Cacheux, le vrai marché du cloud d'infrastructures en France, ce sont les grands comptes plutôt que les PME.",
     "contradicted"),
])
def test_a_preference_sets_its_alternative_aside(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A figure that names its holder after it ("pour SFR") is not the holder's before it.
    ("Numergy : 47 % pour Bull, 20 % pour SFR", "contradicted"),
    ("Numergy : 47 % pour SFR, 20 % pour Bull", "supported"),
    # An unknown name credited with the words is the speaker, no part of what is said.
    ("Cloudwatt demand growing at double digits, says Orange's Colin", "supported"),
    ("Philippe Laplane told Les Echos in 2015 that Cloudwatt had chosen open source so as not to be tied to a vendor.",
     "contradicted"),
    ("Cloudwatt demand growing at double digits, Colin said.", "supported"),
])
def test_holders_named_after_figures_and_unknown_speakers(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name, perhaps its organisation, a colon and a quotation: the name is credited with it.
    ("Tavernier (Numergy) : « notre vocation est européenne »", "supported"),
    ("Tavernier : « notre vocation est européenne »", "supported"),
])
def test_a_colon_before_a_quotation_credits_the_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A year that describes a name, as a claim of that name alone dates it, is settled though nothing cues it.
    ("Both bosses waved the Patriot Act around as a threat, pointing out that this 2001 US law forces American "
     "hosts to hand customer data to the courts even when it is stored abroad.", "supported"),
    # …but not a year that says when the statement's own fact happened.
    ("Frédéric Simottel, du Groupe 01, estimait dès 2012 que le cloud souverain était voué à l'échec.", "unverified"),
])
def test_a_year_that_describes_a_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A mix against a value that is itself exclusive (« exclusivement indirecte ») contradicts it.
    ("Cacheux argues that a mix of direct and indirect sales is the only way to meet SMEs' needs.", "contradicted"),
    ("Selon Cacheux, seule une stratégie mixte, directe et indirecte, répond aux besoins des PME.", "contradicted"),
])
def test_a_mix_against_an_exclusive_value(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A note's label between a name and its figure; a target figure in a unit only one property targets.
    ("Numergy 2020 target: 10% of French public cloud", "contradicted"),
    ("Numergy 2020 target: 15%", "supported"),
    ("Cloudwatt objectif 2017 : 10 %", "supported"),
    ("Andromède devait être financé par 135 M€ pris sur un Grand emprunt de 3,5 milliards d'euros.", "contradicted"),
])
def test_a_note_label_and_a_target_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A note's place stands against the claim's place, when its date is the claim's.
    ("Conf Partner VIP 20/11/2012 — Lyon", "contradicted"),
    ("Conf Partner VIP 20/11/2012 — Paris La Défense", "supported"),
    ("Partner VIP, Lyon, 2013", "unverified"),    # perhaps another year's conference
    # "yrs" is a unit of years.
    ("Patrick Starck at Cloudwatt's helm ~2.5 yrs", "contradicted"),
    ("Patrick Starck at Cloudwatt's helm ~1.5 yrs", "supported"),
])
def test_a_place_in_a_note_and_abbreviated_years(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_conjunct_after_a_known_name_that_the_database_does_not_know(checker):
    # « l'aéronautique et le nucléaire »: the database knows aeronautics, not the car industry listed with it.
    text = ("Coreye CEO Camille Cacheux cites aeronautics and the car industry as great successes of state-led "
            "industrial strategy since the 1960s.")
    assert verdict(checker, text) == "unverified"


@pytest.mark.parametrize("text, expected", [
    # What a speaker is said to say must touch something the database knows about the names given:
    # a confirmed span, or a cue of a property it has claims of for them.
    ("Philippe Tavernier, PDG de Numergy, concédait en 2014 que la polémique avait fait fuir les clients.",
     "unverified"),
    ("Camille Cacheux, the managing director of Coreye, argued that SMEs were the real market for cloud "
     "infrastructure in France.", "supported"),
    ("Gandi claimed in July 2012 that recruiters were trying to poach its employees.", "supported"),
])
def test_reported_content_touches_what_the_database_knows(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A ratio takes its own bound and the reach of approximate figures ("about forty" is 30 to 50).
    ("Numergy sells through more than three times as many partners as the roughly forty Cloudwatt identified.",
     "supported"),
    ("Numergy has five times as many partners as Cloudwatt's forty.", "contradicted"),
    ("Orange's stake in Cloudwatt was double Thales's.", "supported"),
    # A figure glued before another name is that name's own: "the €4.5bn Grand emprunt" is no funding of
    # Andromède, and 3 % of it is Andromède's 135 M€.
    ("Andromède was to receive 3% of the €4.5bn Grand emprunt.", "supported"),
    ("Andromède was to receive €135m of the €4.5bn Grand emprunt.", "supported"),
    # "did not … until" a month without its year dates the event, it does not deny it.
    ("Cloudwatt did not launch its OpenStack IaaS offer until the end of June, nearly two years after the company "
     "was launched.", "unverified"),
])
def test_ratio_bounds_glued_figures_and_not_until(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A role that changed hands within the statement's year: either holder held it then.
    ("In 2014, Didier Renard was the CEO of Cloudwatt.", "supported"),
    ("In 2014, Patrick Starck was the CEO of Cloudwatt.", "supported"),
    ("In 2013, Didier Renard was the CEO of Cloudwatt.", "contradicted"),
    ("In 2015, Patrick Starck was the CEO of Cloudwatt.", "contradicted"),
    # A fuzzy name of several words does not take a word for a quite different one ("that same" is no State).
    ("Andromède was announced in September 2011, and Dassault walked out at the end of that same year.", "supported"),
])
def test_roles_that_changed_hands_within_the_year_and_fuzzy_words(checker, text, expected):
    assert verdict(checker, text) == expected


def test_no_longer_anything_but_compares_nothing(checker):
    # « n'est plus que » is "is now only", not "more than".
    text = "Cloudwatt n'est plus que le nom d'une offre d'Orange, sa structure juridique ayant disparu le 1er janvier 2016."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # Words the source has one person say, credited to another (`said_by`).
    ("Selon Philippe Tavernier, la demande pour Cloudwatt connaît une croissance à deux chiffres.", "contradicted"),
    ("Selon Jean-François Colin, la demande pour Cloudwatt connaît une croissance à deux chiffres.", "supported"),
    ("La demande pour Cloudwatt connaît une croissance à deux chiffres.", "supported"),
    ("Cloudwatt a choisi l'open source pour ne pas dépendre d'un éditeur, selon Jean-François Colin.", "contradicted"),
    ("According to Philippe Laplane, US companies even entrust Cloudwatt with confidential health data.",
     "contradicted"),
    ("According to Jean-François Colin, US companies even entrust Cloudwatt with confidential health data.",
     "supported"),
])
def test_words_credited_to_the_wrong_person(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # What the credited person is confirmed to have said is not disputed by another voice's judgement.
    ("Selon Philippe Tavernier, les clients ont été extrêmement contents de voir arriver Numergy.", "supported"),
    ("Selon Patrick Starck, les clients ont été extrêmement contents de voir arriver Numergy.", "contradicted"),
    ("Les clients ont été extrêmement contents de voir arriver Numergy.", "disputed"),
])
def test_a_speakers_words_in_their_own_voice(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A value in words that the statement does not cue needs more than one shared word.
    ("Numergy wants to take every contract.", "unverified"),     # not « peinent à décoller (… take off) »
    ("Frédéric Simottel = dir. des rédactions, Groupe 01", "supported"),   # a title: one distinctive word
])
def test_an_uncued_value_in_words_needs_two_shared_words(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One fact at two dates: "fin 2014" holds the December 2014 forecast; the order is the dates', not the names'.
    ("Pour 2015, Cloudwatt prévoyait trois fois plus de machines virtuelles que son objectif de fin 2014.", "supported"),
    ("Pour 2015, Cloudwatt prévoyait deux fois plus de machines virtuelles que son objectif de fin 2014.",
     "contradicted"),
    # A creation cue with an object after a date is another thing's creation.
    ("Numergy a lancé en octobre 2013 une offre de stockage concurrente de Dropbox.", "unverified"),
    ("Numergy a été lancé en octobre 2013.", "contradicted"),
])
def test_ratios_of_one_fact_and_objects_after_a_date(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Quoted words must be the source's where it says what supports the statement.
    ("Gandi a qualifié Cloudwatt et Numergy de « gaspillage d'argent public ».", "unverified"),
    ("Tavernier (Numergy) : « notre vocation est européenne »", "supported"),
    # A quotation in English is a translation: left to the content.
    ("The writer calls the French-style sovereign cloud 'a failure'.", "supported"),
])
def test_quoted_words_are_the_sources_where_it_says_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A value named only in an opening 'After …,' phrase, with another of its kind in the rest, is what came before.
    ("Après le retrait de Bull, SFR a annoncé en mai 2012 s'associer à Dassault Systèmes.", "contradicted"),
    ("Après le départ de Dassault, SFR s'est associé à Bull en mai 2012.", "supported"),
])
def test_a_value_named_only_in_an_opening_after_phrase(checker, text, expected):
    assert verdict(checker, text) == expected


def test_an_english_quotation_in_double_quotes_is_a_translation(checker):
    assert verdict(checker, 'The writer calls the French-style sovereign cloud "a failure".') == "supported"


@pytest.mark.parametrize("text, expected", [
    # A bare sum in millions or billions takes the currency of the statement's other sums.
    ("Cloudwatt cut its revenue ambition to €200m by 2017, versus half a billion two years earlier.", "supported"),
    ("Cloudwatt cut its revenue ambition to €200m by 2017, versus a billion two years earlier.", "contradicted"),
])
def test_a_bare_sum_takes_the_currency_of_the_others(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A figure said to have been revised is settled by its earlier and later claims.
    ("Cloudwatt cut its revenue goal by 60%: €200m by 2017, against €500m two years earlier.", "supported"),
    ("Cloudwatt's 2017 revenue goal had been cut to less than half of the figure announced two years earlier.",
     "supported"),
    ("Cloudwatt a revu à la baisse son objectif de chiffre d'affaires 2017.", "supported"),
    ("Cloudwatt cut its 2017 revenue target by 30%.", "contradicted"),
    ("Cloudwatt raised its revenue ambition to €500 million by 2017, up from €200 million two years earlier.",
     "contradicted"),
    # « le double de » compares two figures; it revises nothing.
    ("L'objectif de revenus de Numergy pour 2020 est le double de celui de Cloudwatt pour 2017.", "supported"),
])
def test_a_revised_figure_is_settled_by_its_earlier_and_later_claims(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # With a conjunction of holders, the sum is of theirs alone, not of every holder named.
    ("Together, Thales and the CDC held 55.5% of Cloudwatt before Orange's buyout plan.", "supported"),
    ("Thales et la Caisse des Dépôts détenaient ensemble les deux tiers de Cloudwatt.", "contradicted"),
])
def test_a_sum_is_of_the_conjoined_holders(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_loss_figure_is_not_read_as_revenue(checker):
    assert verdict(checker, "Numergy a affiché une perte nette de près de 30 M€ en 2014.") == "unverified"


@pytest.mark.parametrize("text, expected", [
    # « et non », "and not", « mais pas » set a value aside, like "rather than"; their "not" denies nothing.
    ("Selon Camille Cacheux, le vrai marché du cloud d'infrastructures en France, ce sont les grands comptes "
     "et non les PME.", "contradicted"),
    ("According to Camille Cacheux, the real IaaS market in France is large accounts and not SMEs.", "contradicted"),
    ("According to Camille Cacheux, the real IaaS market in France is SMEs and not large accounts.", "supported"),
])
def test_a_value_set_aside_by_and_not(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "for"/« pour » credit a speaker only where they open a clause.
    ("Teddy Riner promoted Cloudwatt for two years.", "unverified"),
    ("Pour Camille Cacheux, le vrai marché du cloud d'infrastructures en France, ce sont les PME.", "supported"),
])
def test_for_credits_a_speaker_only_opening_a_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "more of … than" compares two figures; two such clauses after ", and" are read one by one.
    ("SFR held more of Numergy than Orange held of Cloudwatt.", "supported"),
    ("Thales held less of Cloudwatt than Bull held of Numergy.", "contradicted"),
    ("SFR held more of Numergy than Orange held of Cloudwatt, and Bull held more of Numergy than Thales held of "
     "Cloudwatt.", "contradicted"),
])
def test_comparisons_with_more_of_and_two_clauses(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The following year" is the year after the date written before it.
    ("Cloudwatt planned 30,000 virtual machines in 2015 and expected to turn a profit the following year.",
     "contradicted"),
    # A departure named with a verb the source's cue list had missed ("pull out", "walking away").
    ("Dassault Systèmes partnered with SFR in February 2012 before walking away in April 2012.", "supported"),
])
def test_the_following_year_and_departures(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An outlet credited with a figure or words (said_by) another outlet gave, known or not.
    ("Selon Le Monde, l'activité de Cloudwatt n'aurait rapporté que 2 millions d'euros en 2014.", "contradicted"),
    ("D'après Les Echos, Cloudwatt n'aurait généré que 2 millions d'euros en 2014.", "supported"),
    ("In July, Cloudwatt told Les Echos that the French market was smaller than expected.", "contradicted"),
    ("Cloudwatt told L'Usine digitale in July 2014 that the French market was smaller than expected.", "supported"),
    # After "told", the name listens; a part of the speaker's name is the speaker.
    ("Philippe Laplane, director of Orange Cloud, told AFP in 2015 that Cloudwatt had chosen open source "
     "(OpenStack) so as not to be tied to a vendor.", "supported"),
    ("Cloudwatt demand growing at double digits, says Orange's Colin", "supported"),
    # The person a cleft puts forward is settled by the claim's speaker, and contradicted by another.
    ("C'est Philippe Tavernier qui a déclaré que le Gouvernement avait investi dans les deux consortiums.",
     "supported"),
    ("C'est Patrick Starck qui a déclaré que le Gouvernement avait investi dans les deux consortiums.", "contradicted"),
    # A verb that judges what it reports is no credit: who judged it is left unsettled.
    ("Axelle Lemaire publicly welcomed Orange's takeover of Cloudwatt.", "unverified"),
])
def test_who_the_statement_credits(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A figure between words matched to a text value is settled only by a text that gives it.
    ("Offre stockage gratuite Cloudwatt : 50 Go / PME", "unverified"),
    # A statement written whole between quotes quotes nobody.
    ("« Gandi : accuse débauchage dès juil. 2012 »", "supported"),
    # A holder named right and dated wrong is contradicted, not excused as another time's holder.
    ("Didier Renard a pris les commandes de Cloudwatt en janvier, en remplacement de Patrick Starck.",
     "contradicted"),
    ("Didier Renard a pris les commandes de Cloudwatt en avril, en remplacement de Patrick Starck.", "supported"),
])
def test_figures_in_words_quotes_and_dated_holders(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A head's title said of another organisation ("le DG de Coreye") cues no other company's head.
    ("Deux ans après leur création, Numergy et Cloudwatt ont-ils basculé vers la vente indirecte ? Oui, selon le DG "
     "de Coreye, qui les voit résolument engagés dans cette voie.", "supported"),
    ("Le DG de Cloudwatt, Didier Renard, est arrivé en avril 2014.", "supported"),
    # After other cues the name is the value.
    ("Bull est passé sous le contrôle d'Atos en avril 2014.", "disputed"),
])
def test_a_heads_title_said_of_another_organisation(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A percentage of a name's figure, compared with the part another claim confirms.
    ("Les 135 millions d'euros prévus pour Andromède représentaient 3 % du Grand emprunt.", "supported"),
    ("Les 135 millions d'euros prévus pour Andromède représentaient 10 % du Grand emprunt.", "contradicted"),
    ("Andromède devait être financé par 135 M€, soit 3 % des 4,5 milliards du Grand emprunt.", "supported"),
    # Without the part's figure, the part is the cued fact of the name the share is said of.
    ("Andromède was to receive 3% of the €4.5bn Grand emprunt.", "supported"),
    ("Andromède devait recevoir 10 % du Grand emprunt.", "contradicted"),
])
def test_a_percentage_of_a_names_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A deadline is no date of the statement's own fact; the date a target was set is settled by it.
    ("Deux ans après son lancement, Cloudwatt ne vise plus que 200 millions d'euros de chiffre d'affaires d'ici "
     "2017, contre 500 millions initialement, la faute à un marché français moins important que prévu.", "supported"),
    ("En 2014, Cloudwatt visait 200 M€ de chiffre d'affaires pour 2017.", "supported"),
    ("Cloudwatt targeted €200m in revenue for 2014.", "contradicted"),
    # A figure beside its own cue is that property's, whatever date is nearer.
    ("Cloudwatt vise 200 M€ d'ici 2017, contre 800 millions initialement.", "contradicted"),
    # A complete list named wrong in an apposition contradicts what the rest confirms.
    ("Lancé en septembre 2012 avec le soutien de l'État, Cloudwatt, coentreprise d'Orange et de Bull, a reçu comme "
     "Numergy 75 millions d'euros de la Caisse des Dépôts.", "contradicted"),
    ("Cloudwatt, coentreprise d'Orange et de Thales, a reçu 75 millions d'euros de la Caisse des Dépôts.", "supported"),
])
def test_targets_set_at_a_date_and_lists_in_appositions(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A duration said to last, wrong in a relative clause, is a second fact that is wrong.
    ("Patrick Starck, qui a dirigé Cloudwatt pendant deux ans et demi, a été remplacé en avril 2014 par Didier "
     "Renard.", "contradicted"),
    ("Patrick Starck, qui a dirigé Cloudwatt pendant un an et demi, a été remplacé en avril 2014 par Didier Renard.",
     "supported"),
])
def test_a_wrong_duration_in_a_relative_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A revision whose figures each agree with the earlier or the later claim, whichever they stand by.
    ("Cloudwatt's 2017 revenue goal had been cut from an original €500m.", "supported"),
    ("In September 2014 Cloudwatt was aiming for €200m in revenue by 2017, well below the half-billion-euro target "
     "it had set two years earlier.", "supported"),
    ("Cloudwatt cut its revenue ambition to €200m by 2017, versus a billion two years earlier.", "contradicted"),
    # « ne fait pas partie des succès » denies a success: a failure is what the source says.
    ("Pour Camille Cacheux, le Plan Calcul ne fait pas partie des succès de la stratégie industrielle de l'État.",
     "supported"),
])
def test_revisions_with_misplaced_figures_and_light_words_after_a_negation(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A word of the source's own group denied in its clause ("without relying on local partners") is not said.
    ("In his op-ed, Coreye's Camille Cacheux argues that only a direct sales strategy, without relying on local "
     "partners, can meet the needs of French SMEs.", "contradicted"),
    # « 100 % indirecte » says in a figure what « exclusivement indirecte » says in words.
    ("Selon le DG de Coreye, seule une stratégie 100 % indirecte, via des acteurs locaux, peut répondre aux besoins "
     "des PME.", "supported"),
    # A name lost is not a name kept.
    ("Cloudwatt lost its name in 2016.", "contradicted"),
])
def test_exclusive_words_denied_in_their_clause_and_entirely_in_figures(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_month_beside_the_cue_dates_the_fact_rather_than_a_dated_aside(checker):
    text = ("IBM, which also attended the November 2012 debate on the sovereign cloud, had announced in October the "
            "opening of a major data centre in Montpellier.")
    assert verdict(checker, text) != "contradicted"
    assert verdict(checker, "IBM had announced in November the opening of a major data centre in Montpellier.") == (
        "contradicted")


def test_a_title_word_inside_a_confirmed_title_is_confirmed(checker):
    text = ("Coreye's managing director Camille Cacheux argues that only an exclusively indirect strategy relying on "
            "local players can meet SMEs' needs.")
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # A nationality after the aside that follows the opening name is that name's ("SFR's new owner" included).
    ("Altice, SFR's new owner, is a Belgian group.", "contradicted"),
    ("Altice, Numericable's parent, is a Luxembourg company.", "supported"),
    # "=" and ":" in a note join a name to what describes it.
    ("Altice = groupe belge, maison-mère de Numericable", "contradicted"),
    ("SFR buyer Altice: Belgian group", "contradicted"),
])
def test_nationalities_after_an_aside_and_in_notes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A state the source gives for a year holds on each of its days.
    ("Intégré à Orange, Cloudwatt a perdu son nom au 1er janvier 2016.", "contradicted"),
    ("Fleur Pellerin, then minister for foreign trade, had set out the government's position in detail in "
     "September 2012.", "contradicted"),
])
def test_a_state_given_for_a_year_holds_on_its_days(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An outlet in brackets after a person is where the person works: settled only by a link to them.
    ("Modérateur Partner VIP : Simottel (Les Echos)", "unverified"),
    ("Modérateur Partner VIP : Simottel (Groupe 01)", "supported"),
])
def test_an_outlet_in_brackets_after_a_person(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A negation in a relative clause after the value denies that clause, not the value; a negated cue
    # whose object is another name denies that name. (Nothing settles the Patriot Act part.)
    ("Cloudwatt's contracts fall under French law, which is not subject to the Patriot Act.", "unverified"),
    ("Les contrats de Cloudwatt, établis sous droit français, ne sont pas soumis au Patriot Act.", "unverified"),
    ("Les contrats de Cloudwatt ne sont pas soumis au droit français.", "contradicted"),
    ("Thales was never a shareholder of Cloudwatt.", "contradicted"),
])
def test_a_denial_reaches_only_what_it_denies(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date in a relative clause set off by commas is that clause's, not the main verb's.
    ("IBM, which took part in the debate in November 2012, had announced its Montpellier data centre in "
     "October 2012.", "supported"),
    ("IBM, which took part in the debate in November 2012, had announced its Montpellier data centre in "
     "June 2012.", "contradicted"),
    # "The month before" counts from the date written before it.
    ("In November 2012 IBM was at the debate; it had announced its Montpellier data centre the month before.",
     "supported"),
])
def test_a_dated_relative_clause_and_the_month_before(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_name_set_against_by_a_rival_cue_is_not_what_was_left(checker):
    # Dassault left the rival project with SFR (April 2012), not Andromède (December 2011).
    result = checker.check("En avril 2012, Dassault Systèmes a quitté son projet concurrent d'Andromède.")
    assert result.verdict != "contradicted"
    assert checker.check("En avril 2012, Dassault Systèmes a quitté Andromède.").verdict == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # Names in the aside after an opening holder hold no figure outside it.
    ("La Caisse des Dépôts, actionnaire de Numergy comme SFR et Bull, détenait 20 % de Numergy.", "contradicted"),
    ("The CDC, a Numergy shareholder alongside SFR and Bull, held 33.3 % of it.", "supported"),
    ("The CDC, a Numergy shareholder alongside SFR and Bull, held 40 % of it.", "contradicted"),
    # An unknown buyer after "by", past a date and the words that describe it, is another buyer.
    ("Bull was bought in 2014 by the consulting group Capgemini.", "contradicted"),
    ("Bull was bought in 2014 by the IT services company Atos.", "supported"),
    # A date in another clause does not keep a target's wrong deadline from contradicting.
    ("Numergy, which was founded in 2012, aims for 15 % of the French public cloud market by 2025.", "contradicted"),
])
def test_asides_agents_and_deadlines_in_long_sentences(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A duration from a dated event: the event is dated as written, the main fact as reached.
    ("Numergy was placed in safeguard proceedings three years after its 2012 launch.", "supported"),
    ("Numergy was placed in safeguard proceedings two years after its 2012 launch.", "contradicted"),
    ("Numergy was placed in safeguard proceedings three years after its 2013 launch.", "contradicted"),
    ("Trois ans après son lancement en 2012, Numergy a été placé en procédure de sauvegarde.", "supported"),
])
def test_a_duration_from_a_dated_event_dates_both(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "took charge" is a cue of the head's role and a start: its date is compared with the source's start.
    ("Didier Renard took charge of Cloudwatt in April 2014.", "supported"),
    ("Didier Renard took charge of Cloudwatt in June 2014.", "contradicted"),
    # A forecast the source quotes from its speaker is that speaker's.
    ("Numergy CA 2014 (prévision Tavernier) : 6 M€", "supported"),
    ("Selon Patrick Starck, Numergy prévoyait 6 M€ de chiffre d'affaires en 2014.", "contradicted"),
])
def test_taking_charge_and_a_quoted_forecast(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One figure said of several holders at once is their sum: "totalling", "held by X and Y".
    ("Orange wanted the stakes of Thales and the CDC, totalling 55.5 % of Cloudwatt.", "supported"),
    ("Orange voulait les 50 % détenus par Thalès et la CDC dans Cloudwatt.", "contradicted"),
    ("Pour 45 M€, Orange reprenait les 55,5 % détenus par Thalès et la CDC dans Cloudwatt.", "unverified"),
    # A founder's title of another company says nothing of who founded this one.
    ("Le fondateur d'OVH a critiqué Numergy.", "unverified"),
    ("Les fondateurs de Numergy sont Orange et Bull.", "contradicted"),
    # The opening phrase that says where the words come from is not compared.
    ("D'après l'article sur le rachat par Orange, Axelle Lemaire avait envisagé un rapprochement des deux "
     "sociétés.", "supported"),
])
def test_sums_titles_and_opening_credits(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A stated figure as a multiple of a dated fact, once another claim confirms the figure.
    ("Cloudwatt's first revenue goal, €500m, was two and a half times its 2017 target.", "supported"),
    ("Cloudwatt's first revenue goal, €500m, was four times its 2017 target.", "contradicted"),
    ("Cloudwatt's first revenue goal, €400m, was twice its 2017 target.", "contradicted"),
    # A ratio after two dated figures is of the larger to the smaller.
    ("Cloudwatt VM: déc. 2014 10 000, 2015 30 000 (x3)", "supported"),
    ("Cloudwatt VM: déc. 2014 10 000, 2015 30 000 (x2)", "contradicted"),
])
def test_ratios_of_a_stated_figure_and_after_two_figures(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A change by a factor is measured against the earlier and the later claim.
    ("Cloudwatt halved its 2017 revenue target, from €500m to €200m.", "contradicted"),
    ("Cloudwatt more than halved its 2017 revenue target.", "supported"),
    ("Cloudwatt a divisé par 2,5 son objectif de chiffre d'affaires pour 2017.", "supported"),
    ("Cloudwatt a réduit de moitié son objectif de chiffre d'affaires pour 2017.", "contradicted"),
    ("Cloudwatt's 2017 revenue target was divided by 2.5.", "supported"),
    ("Cloudwatt's 2017 revenue target was cut by a factor of three.", "contradicted"),
    # A factor is no level: nothing records the staff after the integration.
    ("Après son intégration à Orange, les effectifs de Cloudwatt ont été divisés par deux.", "unverified"),
    # "by 60 %" in a change is how much it changed, no share of anything.
    ("Cloudwatt cut its 2017 target by 60 %.", "unverified"),
])
def test_changes_by_a_factor_and_by_a_percentage(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date after the ratio is its other side's: the figure before it, undated, is confirmed by the claim giving it.
    ("Numergy's CEO forecast 6 million euros of revenue for the year, three times what the company booked in the "
     "first nine months of 2013.", "supported"),
    ("Numergy's CEO forecast 6 million euros of revenue for the year, four times what the company booked in the "
     "first nine months of 2013.", "contradicted"),
])
def test_an_undated_figure_as_a_multiple_of_a_dated_fact(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy spent nine months building its OpenStack platform and three more testing it.", "supported"),
    ("Numergy spent nine months building its OpenStack platform and six more testing it.", "contradicted"),
])
def test_three_more_is_three_more_months(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A total and a share each: the total is summed (or the group's), the share is each member's.
    ("Cloudwatt and Numergy received €150m of public money in total, €75m each.", "supported"),
    ("Les deux clouds souverains ont reçu 150 M€ d'argent public au total, à raison de 75 M€ chacun.", "supported"),
    ("Cloudwatt and Numergy received €150m of public money in total, €50m each.", "contradicted"),
    ("Cloudwatt and Numergy received €200m of public money in total, €75m each.", "contradicted"),
    ("Cloudwatt and Numergy split €75M of CDC funding between them, i.e. €37.5M each.", "contradicted"),
])
def test_a_total_and_a_share_each(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A ratio of two properties measured alike: what follows the last "as" is the standard.
    ("Building Numergy's OpenStack platform took three times as long as the testing phase that followed.", "supported"),
    ("Numergy spent three times as long building its OpenStack platform as testing it.", "supported"),
    ("Numergy spent three times as long testing its OpenStack platform as building it.", "contradicted"),
    ("Numergy spent twice as long testing its OpenStack platform as building it.", "contradicted"),
])
def test_a_ratio_of_two_properties_of_one_subject(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "at launch" says when, not that a launch happened then; a date right after it dates the launch.
    ("Numergy's workforce grew from about 30 people at launch to roughly 100 in 2014.", "unverified"),
    ("Cloudwatt employed 100 people at its creation in 2013.", "contradicted"),
    ("À sa création, Numergy était détenue à 47 % par SFR.", "supported"),
])
def test_an_event_named_to_date_a_fact_is_no_fact(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "from X to Y" around an event: X is what was held before it, not the event's figure.
    ("Orange planned to buy Cloudwatt, going from 33% to 100%.", "unverified"),
    ("Under its buyout plan, Orange's share of Cloudwatt would go from 44.4% to the whole company.", "supported"),
    # A figure "planned for a single Andromède company" is Andromède's, not each company's.
    ("Public funding went from €135m planned for a single Andromède company to €150m for the two companies.",
     "supported"),
    ("Public funding went from €135m for Andromède to €300m for the two companies.", "contradicted"),
])
def test_figures_of_before_and_after(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A quotation in the source's very words is the claim whose quote holds them; its speaker is checked.
    ("« Notre vocation est européenne », a déclaré Philippe Tavernier.", "supported"),
    ("« Notre vocation est européenne », a déclaré Patrick Starck.", "contradicted"),
    ("Patrick Starck (Cloudwatt), 20 nov. 2012 : « Notre vocation est européenne »", "contradicted"),
    ("Tavernier (Numergy) : « Notre vocation est européenne »", "supported"),
    # A figure that disagrees is not saved by a quotation beside it.
    ("Numergy visait 4 millions d'euros de chiffre d'affaires en 2014, « en ligne avec nos prévisions » selon "
     "Philippe Tavernier.",
     "contradicted"),
])
def test_a_quotation_in_the_sources_words(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_relation_given_to_another_person_is_not_supported_by_the_rest(checker):
    # The source has Axelle Lemaire consider the merger; Pellerin's title being right settles nothing of it.
    result = checker.check("Fleur Pellerin, minister for SMEs and the digital economy, considered merging "
                           "Cloudwatt and Numergy.")
    assert result.verdict == "unverified"


@pytest.mark.parametrize("text, expected", [
    # The order of two events named in words, each dated by the claims that record it.
    ("Les accusations de débauchage de Gandi ont précédé la page ironique d'OVH.", "supported"),
    ("OVH's mocking page came before Gandi's poaching complaints.", "contradicted"),
    ("Cloudwatt et Numergy ont vu le jour avant que SFR ne s'allie avec Bull.", "contradicted"),
    ("Numergy launched its OpenStack platform after Cloudwatt launched the Cloudwatt Box.", "supported"),
    ("After Cloudwatt launched the Cloudwatt Box, it released its IaaS offer.", "supported"),
    ("Before Cloudwatt launched the Cloudwatt Box, it released its IaaS offer.", "contradicted"),
    # "already … when" orders; a plain "when" only dates.
    ("Cloudwatt had already ceased to exist when the State entrusted it with its IT services in July 2015.",
     "contradicted"),
    # An interval between them, in months.
    ("Atos bought Bull in August 2014, four months after Altice bought SFR.", "supported"),
])
def test_the_order_of_two_events(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The time between two events named in words ("separated", « entre … et »).
    ("Trois mois seulement ont séparé la proposition du projet OpenStack de Numergy et son feu vert par les "
     "actionnaires.", "supported"),
    ("Six mois ont séparé la proposition du projet OpenStack de Numergy et son feu vert par les actionnaires.",
     "contradicted"),
    ("Roughly eight months separated the Cloudwatt Box from Cloudwatt's OpenStack IaaS release.", "supported"),
    ("Two years separated the Cloudwatt Box from Cloudwatt's OpenStack IaaS release.", "contradicted"),
    # "d'après" is "according to", no order; a state kept after an event began before it.
    ("D'après Didier Renard, arrivé en avril à la tête de Cloudwatt, la Cloudwatt Box a semé la confusion "
     "sur le marché.", "supported"),
    ("Didier Renard stayed on as head of Cloudwatt after Orange bought it.", "unverified"),
    # « qu'après » is an order word (only « d'après » is not).
    ("Gandi n'a commencé à se plaindre de débauchage qu'après le lancement des deux sociétés en septembre 2012.",
     "contradicted"),
    # Each side's claim is dated by its own words: June is the offer's, not the Box's.
    ("La Cloudwatt Box, lancée en octobre 2013, a précédé l'offre IaaS OpenStack de Cloudwatt, officialisée fin "
     "juin 2014.", "supported"),
    # A name in the genitive before a noun ("Riner's ads") is not who did what the verb says.
    ("Teddy Riner's ads for Cloudwatt ran in 2013, the same year the Cloudwatt Box came out.", "unverified"),
])
def test_the_time_between_two_events(checker, text, expected):
    assert verdict(checker, text) == expected



@pytest.mark.parametrize("text, expected", [
    # A timeline note is read event by event.
    ("2013-10 Cloudwatt Box launched → 2014-06 Cloudwatt IaaS offer launched", "supported"),
    ("2013-10 Cloudwatt Box launched → 2014-03 Cloudwatt IaaS offer launched", "contradicted"),
    # A light word between a duration and "après" keeps the offset.
    ("Cloudwatt a officialisé son offre IaaS deux ans à peine après son lancement.", "supported"),
])
def test_timeline_notes_and_offsets_with_a_light_word(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Cloudwatt launched the Cloudwatt Box the year before it released its IaaS offer.", "supported"),
    ("Cloudwatt launched the Cloudwatt Box the year before Numergy launched its OpenStack platform.", "supported"),
    ("Numergy launched its OpenStack platform the year before Cloudwatt launched the Cloudwatt Box.", "contradicted"),
])
def test_the_year_before_an_event_is_the_calendar_year_before(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The subject named only as the owner of another organisation, the subject of the verb.
    ("Numergy's Cloud Team Alliance was set up in 2014.", "unverified"),
    ("Numergy was set up in 2014.", "contradicted"),
    # Not a verb after it: the owner's own fact ("Cloudwatt's IaaS runs on OpenStack").
    ("Cloudwatt's IaaS runs on OpenStack.", "supported"),
])
def test_a_subject_named_only_as_the_owner_of_another(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A figure between the cue and "par" counts as one word: the agent after it is the buyer.
    ("En 2015, Numergy a été placé en sauvegarde et racheté à cent pour cent par Atos.", "contradicted"),
    ("En 2015, Numergy a été placé en sauvegarde et racheté à cent pour cent par SFR.", "supported"),
    # A relative clause opened by a preposition (« pour qui ») is an aside: the date after it is still near.
    ("IBM, pour qui les grands comptes publics sont des terrains de chasse privilégiés, avait annoncé dès "
     "septembre un data center à Montpellier.", "contradicted"),
])
def test_figures_before_the_agent_and_prepositional_relative_asides(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words only one party's claim holds identify its act: said of another party, it is contradicted.
    ("C'est Ikoula qui a ironisé sur une page dédiée aux « annonces franco-françaises » autour du cloud financé "
     "par l'argent public.", "contradicted"),
    ("In July 2012, Ikoula said recruiters were trying to poach its staff.", "contradicted"),
    ("In July 2012, Gandi said recruiters were trying to poach its staff.", "supported"),
    # Said of its own party at another date, the date is compared.
    ("Début octobre 2012, OVH a ironisé sur une page dédiée aux « annonces franco-françaises » autour du cloud "
     "financé par l'argent public.", "contradicted"),
    # Two words may describe the target rather than the act; a name the act's words give is no doer;
    # the speaker's words name the speaker, not another doer.
    ("Ikoula criticised the publicly funded cloud.", "unverified"),
    ("Philippe Laplane (Orange Cloud) told AFP the open-source choice was meant to avoid being tied to a "
     "software vendor.", "unverified"),
])
def test_an_act_identified_by_its_words_and_given_to_another(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An event only in an opening "after …," phrase is not dated by the main clause's date.
    ("Après avoir quitté Andromède, Dassault revient en février 2012 avec SFR.", "unverified"),
    ("Après avoir quitté Andromède en mars 2012, Dassault s'allie à SFR.", "contradicted"),
    # The agent of another verb is no rival of this one; a relative clause may run a few words.
    ("The specialist that helped Cloudwatt build its infrastructure has since been acquired by Red Hat.",
     "unverified"),
])
def test_opening_phrases_and_agents_of_other_verbs(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A public cloud offering is not a private one (offering's exclusive values).
    ("The Cloudwatt name is now reserved for the private cloud offering of Orange Cloud for Business.", "contradicted"),
    ("Orange Cloud for Business sells Cloudwatt as its public cloud offering.", "supported"),
    # "came in at", « s'est élevé à » present a result: the source's forecast does not confirm it.
    ("Numergy's 2014 revenue came in at 6 million euros.", "unverified"),
    ("Le chiffre d'affaires 2014 de Numergy s'est élevé à 6 millions d'euros.", "unverified"),
])
def test_public_and_private_offerings_and_results_against_forecasts(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The statement excludes the value's kind in so many words; what follows only elaborates.
    ("Selon le DG de Coreye, seule une stratégie exclusivement directe, reposant sur des acteurs locaux, "
     "convient aux PME.", "contradicted"),
    ("Selon le DG de Coreye, seule une stratégie exclusivement indirecte, reposant sur des acteurs locaux, "
     "convient aux PME.", "supported"),
])
def test_an_exclusive_word_before_the_excluded_kind(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_date_across_an_order_word_from_the_claims_object_is_the_other_events(checker):
    # 2013 is the first event's; the IaaS launch is named only after "the year before".
    result = checker.check("Cloudwatt's storage rival to Dropbox came out in 2013, the year before the company "
                           "finally released its IaaS service.")
    assert result.verdict != "contradicted"
    assert verdict(checker, "In 2013, Cloudwatt finally released its IaaS service.") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # A loss is no revenue, even when revenue is the subject's only figure in euros.
    ("Cloudwatt a perdu 20 millions d'euros en 2014.", "unverified"),
    # A year that is when a target was set dates it only when the statement speaks of a target.
    ("Numergy revenue 2012: €1m", "unverified"),
    ("In 2012 Numergy was aiming for €400m in revenue.", "supported"),
    # A verb of beginning before another verb begins that activity; it founds nothing.
    ("Cloudwatt began selling its IaaS offer in 2015.", "unverified"),
    ("Numergy a commencé à vendre son offre en 2015.", "unverified"),
    ("Cloudwatt started in 2013.", "contradicted"),
])
def test_losses_dates_of_targets_and_beginnings_of_activities(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The names in an aside set off by dashes hold no figure outside it.
    ("Orange — like SFR at Numergy — held 44.4 % of Cloudwatt.", "supported"),
    ("Orange — like SFR at Numergy — held 47 % of Cloudwatt.", "contradicted"),
    ("Bull — une entreprise de sécurité, comme Thalès chez Cloudwatt — détenait 30 % de Numergy.", "contradicted"),
])
def test_an_aside_between_dashes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The amount a change took off, against the earlier and the later figure.
    ("Cloudwatt lowered its revenue goal by €300m, to €200m.", "supported"),
    ("Cloudwatt lowered its revenue goal by €100m, to €200m.", "contradicted"),
    ("Cloudwatt a réduit son objectif de chiffre d'affaires de 500 à 200 millions d'euros, soit 300 M€ de moins.",
     "supported"),
])
def test_the_amount_of_a_change(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « n'a jamais », « ne faisait pas »: the name before them is what the negated verb denies.
    ("Dassault Systèmes ne faisait pas partie du projet Andromède.", "contradicted"),
    ("Bull n'a jamais fait partie du projet Andromède.", "supported"),
    # Only one party, when the source says the same of another of its kind.
    ("Seul Numergy a misé sur OpenStack.", "contradicted"),
    ("Of the two sovereign clouds, only Cloudwatt ended up absorbed by its telecom shareholder in 2015.", "supported"),
    ("Of the two sovereign clouds, only Numergy ended up absorbed by its telecom shareholder in 2015.", "contradicted"),
    # "solely … never …": the denial after the exclusive word denies the rest.
    ("La Cloudwatt Box était réservée aux entreprises, pas aux particuliers.", "contradicted"),
])
def test_denials_after_a_name_and_only_one_party(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The focus of a cleft is who said the words, past an apposition.
    ("« Notre vocation est européenne » : c'est Patrick Starck, le patron de Cloudwatt, qui l'a dit.", "contradicted"),
    ("« Notre vocation est européenne » : c'est Philippe Tavernier, le patron de Numergy, qui l'a dit.", "supported"),
])
def test_the_speaker_a_cleft_singles_out(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two independent sets of exclusive words on one qualifier: when, and whether it was carried out.
    ("Axelle Lemaire achieved the merger of Cloudwatt and Numergy.", "contradicted"),
    ("Axelle Lemaire's plan to merge Cloudwatt and Numergy was dropped before SFR and Bull changed hands.",
     "contradicted"),
    ("Axelle Lemaire considered merging Cloudwatt and Numergy, an idea dropped after SFR and Bull were bought.",
     "supported"),
])
def test_independent_sets_of_exclusive_values(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The earlier figure of a change ("from", « de … à ») and the amount it took off.
    ("Cloudwatt lowered its revenue target from €450m to €200m.", "contradicted"),
    ("Cloudwatt a ramené son objectif de chiffre d'affaires de 450 à 200 millions d'euros.", "contradicted"),
    ("Cloudwatt a réduit son objectif de chiffre d'affaires de 300 millions d'euros.", "supported"),
    ("Cloudwatt a réduit son objectif de chiffre d'affaires de 250 millions d'euros.", "contradicted"),
    # « plus de … que »: a comparison split around its noun (not a ratio: « trois fois plus de … que »).
    ("Thalès avait plus de parts dans Cloudwatt que la CDC.", "contradicted"),
    ("Thalès avait moins de parts dans Cloudwatt que la CDC.", "supported"),
])
def test_the_earlier_figure_of_a_change_and_split_comparatives(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the same month", « la même année »: the date written before.
    ("Didier Renard took over at Cloudwatt in April 2014, the same month SFR was bought by Altice.", "supported"),
    # Of several rival values in place, the agent a cue names after "by" is the one compared.
    ("Renard took over at Cloudwatt in April 2014, the same month SFR was bought by Orange.", "contradicted"),
    # « débarque », « a sorti »: a launch.
    ("La Cloudwatt Box débarque en octobre 2012.", "contradicted"),
])
def test_the_same_month_and_the_agent_among_rivals(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_cleft_credits_the_speaker_of_a_quote_whose_source_names_only_a_title(checker):
    # « prévoit le PDG »: the claim records who the title is (said_by).
    result = checker.check("« Nous visons 10 000 machines virtuelles en décembre » : c'est Philippe Tavernier "
                           "qui l'a dit.")
    assert result.verdict == "contradicted"
    assert "Didier Renard" in result.explanation


@pytest.mark.parametrize("text, expected", [
    # Words of one stem with other endings: "disagreeing" is "désaccords (disagreements)".
    ("Dassault Systèmes left Andromède in December 2011 after disagreeing with Thales.", "contradicted"),
    # A title noun after another verb's determiner is the object's: Simottel is no president.
    ("Frédéric Simottel asked the two presidents about their funding.", "unverified"),
    # Independent sets of exclusive words: the rate of growth, and a French government rank.
    ("Jean-François Colin says demand for Cloudwatt is growing at a single-digit rate.", "contradicted"),
    ("Jean-François Colin says demand for Cloudwatt is growing at a double-digit rate.", "supported"),
    ("Fleur Pellerin, secrétaire d'État chargée de l'Économie numérique", "contradicted"),
    ("Axelle Lemaire, junior minister for digital affairs", "supported"),
])
def test_stems_objects_and_sets_of_exclusive_words(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Reported speech in six words in a row of a claim's quote: the claim's words, and its speaker's.
    ("Selon Philippe Laplane, Cloudwatt a choisi l'open source afin de ne pas être liés à un éditeur, le plus "
     "souvent américain.", "supported"),
    ("Selon Jean-François Colin, Cloudwatt a choisi l'open source afin de ne pas être liés à un éditeur, le plus "
     "souvent américain.", "contradicted"),
    # … about what the claim is about: another subject in the same words is not the claim's.
    ("Selon Philippe Laplane, Numergy a choisi l'open source afin de ne pas être liés à un éditeur, le plus "
     "souvent américain.", "unverified"),
])
def test_reported_speech_in_the_sources_words(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "two months later", « deux mois plus tard »: counted from the date before; a reckoned date
    # that no claim takes leaves nothing unsettled.
    ("Dassault came back in February 2012 with SFR, then quit six months later.", "contradicted"),
    ("After quitting Andromède, Dassault teamed up with SFR and came back in February 2012 with a rival project, "
     "only to pull out two months later.", "supported"),
    # A single unknown word is no rival person: "Cloudwatt ran Ceph" names software.
    ("Cloudwatt ran Ceph for its block storage.", "unverified"),
    # The name before a relative clause receives the money, not the name inside it.
    ("Le judoka Teddy Riner, qui a porté la communication de Cloudwatt, aurait touché un million d'euros.", "unverified"),
])
def test_later_dates_software_names_and_receivers_past_a_relative_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "businesses only", with a denial after it; glosses apart ("consumers and businesses, B2C and B2B").
    ("The Cloudwatt Box was aimed at businesses only, not consumers.", "contradicted"),
    # « ne … que » before part of a list of names the claim holds together.
    ("Orange ne comptait racheter que la participation de Thalès dans Cloudwatt.", "contradicted"),
    ("Orange comptait racheter les participations de Thalès et de la CDC dans Cloudwatt.", "supported"),
    # A converse cue with a name inside it: the seller sells.
    ("Orange announced plans to sell its Cloudwatt stake to Thales and the Caisse des Dépôts.", "contradicted"),
    # The end of the year is not the end of the month, for the names the claim's words give too.
    ("Orange comptait racheter les participations de Thalès et de la CDC dans Cloudwatt avant la fin de l'année.",
     "contradicted"),
])
def test_only_part_of_a_list_and_converse_cues_with_a_name_inside(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An apposition right after a name describes it, even inside another name's aside.
    ("Didier Renard, arrivé en avril à la tête de Cloudwatt pour remplacer Patrick Starck, resté aux manettes "
     "trois ans.", "contradicted"),
    # … but not a main clause after the aside (« , avait été lancé »).
    ("Le Plan Calcul, souvent cité par les détracteurs du cloud souverain, avait été lancé en 1966.", "unverified"),
    # « n'est arrivée qu'en » a product: a launch.
    ("La Cloudwatt Box est arrivée en octobre 2012.", "contradicted"),
])
def test_appositions_after_a_name_and_arrivals(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A reason the statement adds, which the source does not give, leaves it unverified.
    ("Orange bought Cloudwatt mainly to get hold of its OpenStack engineers.", "unverified"),
    ("L'État a confié ses services informatiques à Cloudwatt en 2015 parce que c'était l'offre la moins chère.",
     "unverified"),
    # … a reason the passage the claims rest on gives does not ("car … tenus de passer des appels d'offres").
    ("Numergy's president stressed that government ministries were not handed to his company by default, because "
     "they have to put contracts out to tender.", "supported"),
    # "due to open" schedules; it gives no reason.
    ("Cloudwatt's website said all data stay in France, with another data centre due to open soon in the Paris "
     "region.", "supported"),
])
def test_a_reason_the_source_does_not_give(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A verb before a person's name is no label of them: only jobs and sports are (« le judoka Teddy Riner »).
    ("Cloudwatt paid Teddy Riner a million euros to front its advertising.", "unverified"),
    ("Le footballeur Teddy Riner a porté la communication de Cloudwatt.", "contradicted"),
    # « phrase martelée par X »: X said it.
    ("« Notre vocation est européenne » : phrase martelée par Patrick Starck.", "contradicted"),
])
def test_labels_of_people_and_passive_credits(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « payante » prices an offer; « clients payants » are customers who pay.
    ("L'offre de stockage de Cloudwatt pour les PME était payante.", "contradicted"),
    ("Cloudwatt comptait 500 clients payants fin 2014.", "unverified"),
    # « repreneur », "buyer": who takes it over.
    ("Repreneur à 100 % de Numergy en 2015 : Orange", "contradicted"),
])
def test_a_priced_offer_and_the_buyer_in_a_note(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A comma before a name that takes a gapped "par"/"by" opens a new clause, not a longer list.
    ("Cloudwatt a été créé par Orange et Thalès, Numergy par SFR et Bull.", "supported"),
    ("Cloudwatt a été créé par Orange et Thalès, Numergy par SFR et Atos.", "contradicted"),
    # « porté par » its founders; « a piloté » a company is running it.
    ("Cloudwatt était porté par Orange et Bull.", "contradicted"),
    ("Patrick Starck a piloté Cloudwatt pendant trois ans.", "contradicted"),
])
def test_gapped_clauses_and_more_words_for_founders_and_heads(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A negated verb right after the subject denies the name or figure a few words on.
    ("Cloudwatt n'a jamais fait appel à Teddy Riner pour sa communication.", "contradicted"),
    ("Cloudwatt a fait appel à Teddy Riner pour sa communication.", "supported"),
    # "no longer" says it once was; a negated verb with a date after it denies no figure.
    ("Cloudwatt no longer targets €500m: it now aims for €200m in revenue by 2017.", "supported"),
    ("Numergy hasn't revised its goal since 2012: 15% of the French public cloud market by 2020.", "supported"),
    # "not even N" says fewer than N: more in the source contradicts, fewer would not.
    ("Patrick Starck didn't even last 6 months at the helm of Cloudwatt.", "contradicted"),
    ("Patrick Starck n'est même pas resté six mois à la tête de Cloudwatt.", "contradicted"),
    ("Patrick Starck n'est pas resté 30 mois à la tête de Cloudwatt.", "supported"),
    # A long verb between « ne » and « pas »; an event denied with no value named.
    ("Numergy ne commercialise pas son offre via plus d'une cinquantaine de partenaires.", "contradicted"),
    ("Numergy was never placed in safeguard proceedings.", "contradicted"),
    # The source's own words, denied right before them; a speaker's words outweigh another voice's.
    ("Tavernier admitted that Numergy's revenue was not in line with its forecasts.", "contradicted"),
    ("Selon Tavernier, le chiffre d'affaires de Numergy est conforme aux prévisions.", "supported"),
    # A denial of the subject that no claim's words fall under is a fact of its own.
    ("No Cloudwatt employee was laid off when it was folded into Orange Business Services.", "unverified"),
    ("Cloudwatt was folded into Orange Business Services.", "supported"),
    ("Numergy did not start on OpenStack: its first platform was SFR Business Team's, built on VMware.", "supported"),
    # "not confined to", « ne se cantonnent pas à »: not only, which denies nothing.
    ("Les deux sociétés ne se cantonnent pas à la France.", "supported"),
    ("The two sovereign cloud companies were not confined to France.", "supported"),
])
def test_negated_verbs_and_figures_denied_with_even(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words the source has someone say in quotation marks carry their speaker (`said_by`).
    ("Tavernier (Numergy) : près de 1000 environnements clients déployés", "supported"),
    ("Selon Didier Renard, Numergy a déployé près de 1000 environnements clients.", "contradicted"),
    ("Cacheux notes both sovereign clouds quickly grew to around a hundred employees each.", "supported"),
    # A figure written against the one the source has give it is theirs to give.
    ("Tavernier : près de dix mille environnements client déployés chez Numergy.", "contradicted"),
])
def test_speakers_of_quoted_figures(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A subject named only in a phrase after the fact that dates it by another event.
    ("Ikoula a été fondée en 1998, bien avant l'arrivée de Numergy et Cloudwatt.", "unverified"),
    ("La Cloudwatt Box a été lancée en octobre 2012, un mois seulement après la création de Cloudwatt.",
     "contradicted"),
    # A note's heading is said of every figure under it.
    ("Cloudwatt : Orange 44,4 %, Thalès 33,3 %", "contradicted"),
    ("Cloudwatt : Orange 44,4 %, Thalès 22,2 %", "supported"),
])
def test_dating_phrases_and_headings_of_notes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A bare count of a noun that is no word of the property counts something else.
    ("Numergy employait 40 développeurs OpenStack.", "unverified"),
    ("Numergy comptait une centaine de salariés.", "supported"),
    ("Numergy emploie 40 personnes.", "contradicted"),
    # An event denied of another object than the claim's ("stratégie", not the OpenStack platform).
    ("Les deux clouds souverains n'ont manifestement pas adopté de stratégie de startup.", "unverified"),
    ("Numergy n'a jamais validé sa plateforme OpenStack.", "contradicted"),
    # The "unlike …" phrase goes on through a participle and its agent.
    ("Contrairement à Cloudwatt, épaulée par eNovance, Numergy dit avoir bâti son infrastructure « seul ».",
     "supported"),
    # « visés »: a target, so a year that is not the target's contradicts.
    ("Cloudwatt : 200 M€ de CA visés pour 2020", "contradicted"),
])
def test_counted_nouns_denied_objects_and_contrasts(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words credited to the person the source has say them, most of them the source's own.
    ("Didier Renard conceded that launching Cloudwatt's OpenStack offer could honestly have taken a bit less time.",
     "supported"),
    ("Pour Didier Renard, la Cloudwatt Box a semé la confusion sur le marché.", "supported"),
    ("It was Patrick Starck who admitted that Cloudwatt's OpenStack launch could have taken less time.",
     "contradicted"),
    # Not another judgement, a denial of the words, another of an exclusive set, or a figure.
    ("Pour Didier Renard, la Cloudwatt Box a été un grand succès sur le marché.", "unverified"),
    ("Selon Didier Renard, le lancement de l'offre OpenStack de Cloudwatt n'aurait pas pu aller plus vite.",
     "unverified"),
    ("Demande Cloudwatt selon J.-F. Colin : croissance à un chiffre", "unverified"),
    ("Selon L'Usine digitale, Numergy a réalisé 10 millions d'euros de chiffre d'affaires en 2015.", "unverified"),
])
def test_paraphrased_words_of_their_speaker(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A relation of several values dated to the month: another party that very month contradicts.
    ("Dassault Systèmes teamed up with Bull in February 2012.", "contradicted"),
    ("Dassault Systèmes teamed up with SFR in February 2012.", "supported"),
    ("SFR teamed up with Atos in May 2012.", "contradicted"),
    # Not without the month, nor a name the claim gives elsewhere (the partner left alone).
    ("Dassault Systèmes teamed up with Bull in 2012.", "unverified"),
    ("Dassault Systèmes a laissé SFR seul en avril 2012.", "supported"),
])
def test_another_party_in_the_month_of_a_dated_relation(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A verb between two names: subject and complement, not "an SFR data centre".
    ("OVH, Gandi and Ikoula were among the French hosting firms unhappy about the arrival of Cloudwatt.",
     "unverified"),
    ("Cloudwatt's servers are hosted in an SFR data centre in Normandy.", "contradicted"),
    # A purpose states an aim: its words exclude no state the source gives (and the source gives his aim).
    ("Didier Renard joined Cloudwatt in April 2014 with a mission to put the company back on track.", "supported"),
    # « la position selon laquelle … » credits no one: a date beside it is still to settle.
    ("Fleur Pellerin, alors ministre en charge des PME et de l'Économie numérique, avait décrit dès juin 2012 "
     "la position selon laquelle l'État doit accompagner les acteurs du cloud.", "unverified"),
    # The agent after "by" is no subject of the negated verb after it.
    ("The Cloudwatt–Numergy tie-up once considered by Axelle Lemaire never went ahead: it was dropped after SFR "
     "and Bull were bought.", "supported"),
    ("Axelle Lemaire never considered merging Cloudwatt and Numergy.", "contradicted"),
])
def test_names_across_a_verb_and_words_of_a_purpose(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A subject named only in an aside about another name is not what the sentence's verb is about.
    ("Red Hat acquired eNovance, the firm that helped Cloudwatt build its platform, in March 2014.", "unverified"),
    ("Red Hat acquired eNovance, the firm that helped Cloudwatt build its platform.", "supported"),
    # The agent after « par », past an opening credit, is not the subject of the main verb.
    ("D'après Philippe Tavernier, la Cloud Team Alliance fondée par Numergy a vu le jour en 2016.", "unverified"),
])
def test_a_subject_named_only_in_an_aside_or_as_agent(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The buyer stands before the verb: another than the source's contradicts.
    ("Thales wanted to buy the CDC's stake in Cloudwatt.", "contradicted"),
    ("C'est Thalès qui voulait racheter les parts de la Caisse des Dépôts dans Cloudwatt.", "contradicted"),
    ("Orange wanted to buy the CDC's stake in Cloudwatt.", "supported"),
    # One who pays with a price alone is no buyer undergoing it; one who sells is not bought.
    ("In 2016 SFR paid Bull €10m for its stake in Numergy.", "unverified"),
    ("Numergy bought its cloud infrastructure from SFR.", "supported"),
])
def test_who_buys_is_who_stands_before_the_verb(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A time written as what came after an event the database dates: the 2014 headcount is not of it.
    ("After the safeguard procedure, Numergy employed about 40 people.", "unverified"),
    ("Depuis la procédure de sauvegarde, Numergy emploie une quarantaine de personnes.", "unverified"),
    ("Numergy staff post-sauvegarde: 40", "unverified"),
    ("Numergy employed about 40 people.", "contradicted"),
])
def test_a_time_after_an_event(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date in a phrase crediting a source dates the telling: the source's own date settles it …
    ("Selon le bilan publié en 2014, Dassault Systèmes a quitté Andromède.", "supported"),
    ("According to a 2014 review, Cloudwatt launched its Box in October 2013.", "supported"),
    # … another leaves it unsettled, and it is never the fact's date.
    ("Selon le bilan de 2012, Cloudwatt a lancé sa Box en octobre 2013.", "unverified"),
    # An aside between the subject and the other party leaves them in one clause.
    ("Selon le bilan publié en 2014, Dassault Systèmes, après avoir quitté Andromède, s'est allié à Bull "
     "en février 2012.", "contradicted"),
])
def test_the_date_of_the_telling(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two ranges of years agree when one holds the other; a narrower one is not confirmed.
    ("Cloudwatt expected to break even in 2018–20.", "supported"),
    ("Cloudwatt expected to break even in 2018-19.", "unverified"),
    ("Cloudwatt expected to break even in 2015-17.", "contradicted"),
])
def test_ranges_of_years(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words of arriving in a post make the date the start of the tenure.
    ("Didier Renard came in as Cloudwatt's CEO in June 2014.", "contradicted"),
    ("Didier Renard, parachuté à la tête de Cloudwatt en avril 2014", "supported"),
    # Shorthand in newsroom notes.
    ("Numergy: ~1000 client envs", "supported"),
])
def test_words_of_arriving_and_shorthand(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words of accounts make a figure actual, which a forecast does not confirm.
    ("Numergy's 2014 accounts showed revenue of 6 million euros.", "unverified"),
    # A speaker's words paraphrased without the denial they carry.
    ("Patrick Starck said Cloudwatt enjoyed a captive, privileged market.", "contradicted"),
    ("Patrick Starck said Cloudwatt had no captive, privileged market.", "supported"),
    # A judgement true of one subject and wrong of another named beside it.
    ("Camille Cacheux counts the sovereign cloud among the State's successes, like aeronautics.", "contradicted"),
])
def test_actual_figures_denied_words_and_a_judgement_of_two(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A duration spent on the activity named right after it is that activity's.
    ("After building its OpenStack platform, Numergy spent three months testing it.", "supported"),
    # A figure right after "two years earlier" is the earlier target, not the one set at the stated date.
    ("En 2014, l'objectif de Cloudwatt pour 2017 ne valait plus que 40 % de celui affiché deux ans plus tôt "
     "(500 M€).", "unverified"),
    # A sentence with a verb of its own is no note: no property is inferred for its figure.
    ("By then Cloudwatt's OpenStack offer had been available for about three months.", "unverified"),
    # Words of giving up a target, and of snapping up a company.
    ("Cloudwatt scraps its €500M revenue goal", "supported"),
    ("Numergy en sauvegarde : SFR rafle 100 % du capital", "supported"),
])
def test_durations_earlier_targets_and_notes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A country's possessive before a company gives its nationality.
    ("Belgium's Altice buys SFR", "contradicted"),
    ("Luxembourg's Altice buys SFR", "supported"),
    # A merger carried out, where the source has it dropped.
    ("La fusion Cloudwatt-Numergy se concrétise sous Axelle Lemaire", "contradicted"),
    ("Axelle Lemaire pressed ahead with merging Cloudwatt and Numergy after SFR and Bull were sold.", "contradicted"),
    # "only" before the property's cue leaves out the source's value.
    ("Cloudwatt's only data centre is in Île-de-France", "contradicted"),
    # …but only values of the kind named: Orange runs the Val-de-Reuil centre, it is no other place.
    ("Cloudwatt's servers are hosted in Val-de-Reuil only", "supported"),
    # One holder said alone, where the same source gives others.
    ("Only Orange held shares in Cloudwatt", "contradicted"),
    ("Orange alone owned Cloudwatt's shares", "contradicted"),
    ("Seul SFR était actionnaire de Numergy", "contradicted"),
])
def test_nationality_outcome_and_only(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The source's partner named only as what the statement turns down.
    ("Dassault Systèmes teamed up with Bull rather than SFR in February 2012.", "contradicted"),
    ("Dassault s'est associé à Bull plutôt qu'à SFR.", "contradicted"),
    # "down from the €300m": the earlier figure of a revision, compared.
    ("Cloudwatt now aims for €200m of revenue in 2017, down from the €400m it had set in 2012.", "contradicted"),
    # A change the other way round than the source's planned one.
    ("Cloudwatt steps up its contributions to OpenStack", "contradicted"),
])
def test_set_aside_partners_revisions_and_changes(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One fact at two dates, both after the ratio: the first named is the larger side.
    ("Numergy expected three times as much revenue in 2014 as it made in the first nine months of 2013.", "supported"),
    ("Numergy expected five times as much revenue in 2014 as it made in the first nine months of 2013.",
     "contradicted"),
    # A fraction in words of another figure is a ratio; a fraction of a company is a share.
    ("Cloudwatt's €200m revenue goal for 2017 was half of the €400m Numergy aimed for in 2020.", "supported"),
    ("Cloudwatt's €200m revenue goal for 2017 was a quarter of the €400m Numergy aimed for in 2020.",
     "contradicted"),
    ("The CDC held one third of both sovereign cloud companies.", "supported"),
])
def test_ratios_at_two_dates_and_fractions_of_figures(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A nationality in an apposition is hard evidence, whatever else the statement gets right.
    ("In April 2014 SFR was bought for €13.5bn by Altice, the Belgian parent company of Numericable.", "contradicted"),
    ("SFR a été racheté par Altice, la maison-mère belge de Numericable.", "contradicted"),
    # A clause about what another clause of the same statement names may contradict; the speaker's
    # employer ("Orange's Colin") is not what the clause is about.
    ("Cloudwatt's revenue was €2m in 2014, and Orange's Jean-François Colin says demand is growing at "
     "single-digit rates.", "contradicted"),
    ("Cloudwatt's revenue was €2m in 2014, and Orange's Jean-François Colin says demand is growing at "
     "double-digit rates.", "supported"),
])
def test_nationality_apposition_and_clauses_of_one_statement(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Another value at the stage a claim places its own ("first", « d'abord »).
    ("Numergy's first platform was built on Microsoft technology.", "contradicted"),
    ("Numergy s'est d'abord appuyé sur Microsoft.", "contradicted"),
    ("Numergy initially ran on OpenStack.", "contradicted"),
    ("Numergy first ran on SFR Business Team's platform, built on VMware.", "supported"),
    ("Numergy runs on OpenStack.", "supported"),
    ("À ses débuts, Numergy s'appuyait sur la plateforme VMware de SFR Business Team.", "supported"),
    # A full list at a stage: another of its kind at that stage, not a place beside it.
    ("Au départ, Numergy tournait dans les datacenters d'Orange.", "contradicted"),
    ("Numergy was first hosted in SFR's data centres.", "supported"),
    ("Numergy planned to open its first data centre in Lyon.", "unverified"),
])
def test_another_value_at_the_claims_stage(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An amount given only by its order of magnitude is still to settle.
    ("Teddy Riner a touché plusieurs centaines de milliers d'euros pour être l'ambassadeur de Cloudwatt.",
     "unverified"),
    # A denial of the first stage is not a denial of a later one.
    ("Numergy did not initially run on OpenStack.", "unverified"),
    ("Numergy n'a pas d'abord utilisé VMware.", "contradicted"),
])
def test_vague_amounts_and_denials_of_a_stage(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One holder ever of a role held by one at a time: another holder at any time contradicts …
    ("Cloudwatt only ever had one CEO, Patrick Starck.", "contradicted"),
    ("Cloudwatt n'a connu qu'un seul patron, Didier Renard.", "contradicted"),
    # … and no other recorded does not make the one named the only one.
    ("Numergy only ever had one CEO, Philippe Tavernier.", "unverified"),
    ("Patrick Starck was Cloudwatt's CEO.", "supported"),
])
def test_only_one_holder_ever(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_decade_is_a_duration_to_settle(checker):
    assert verdict(checker, "Didier Renard, who replaced Patrick Starck at Cloudwatt in April 2014, had spent a decade "
                            "at Orange Business Services.") == "unverified"
    assert verdict(checker, "Patrick Starck ran Cloudwatt for a decade.") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # A few words of the object's own between a creation cue and its name.
    ("Numergy set up the six-member Cloud Team Alliance in early 2014.", "unverified"),
    # A value set aside as what was announced before is no denial of the earlier announcement.
    ("By 2014 Cloudwatt was aiming for €200m in revenue by 2017, rather than the €500m it had announced two years "
     "before.", "supported"),
    # An event a span counts from is not dated by the span's end.
    ("Numergy kept the same chief executive from its creation right up to 2016.", "unverified"),
    ("Depuis sa création en 2012, Numergy a une centaine de salariés.", "supported"),
])
def test_objects_of_creation_earlier_values_and_spans_from_an_event(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, not Y": the subject set aside, where the source gives the same fact of it.
    ("The CDC held shares in Cloudwatt, not in Numergy.", "contradicted"),
    ("Bull held shares in Numergy, not in Cloudwatt.", "supported"),
    # A target said to be met, with a date between the verb and the target, is a result.
    ("Cloudwatt a atteint fin 2014 son objectif de 10 000 machines virtuelles.", "unverified"),
    # A part of a year is those months: 1 January is not "the end of 2016".
    ("Cloudwatt ceased to exist as a legal entity at the end of 2016.", "contradicted"),
    ("Cloudwatt disparaît début 2016.", "supported"),
])
def test_subject_set_aside_targets_met_and_parts_of_a_year(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A straight apostrophe in the statement, a curly one in the source: the same words.
    ("« Heureusement que nous n'avons pas de marché captif et privilégié », a lancé Patrick Starck.", "supported"),
    # The verb of the clause after a closing quotation mark credits the speaker who follows it.
    ("« Heureusement que nous n'avons pas de marché captif et privilégié », a lancé Philippe Tavernier.",
     "contradicted"),
])
def test_quotations_with_either_apostrophe_and_their_speaker(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One of a claim's values said alone, about what the claim names (its object: the stakes in Cloudwatt).
    ("Orange planned to buy only Thales's stake in Cloudwatt, leaving the Caisse des Dépôts in place.",
     "contradicted"),
    ("Orange planned to buy Thales's and the CDC's stakes in Cloudwatt.", "supported"),
])
def test_one_of_the_sellers_said_alone(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "backed by" names the founders a consortium was backed by; "rather than" sets the source's aside.
    ("Numergy was backed by SFR and Bull.", "supported"),
    ("Numergy was backed by Orange and Thales rather than by SFR and Bull.", "contradicted"),
    # Names across "while" are the other clause's.
    ("Cloudwatt was backed by SFR and Bull, while Numergy was backed by Orange and Thales.", "contradicted"),
    ("Cloudwatt was backed by Orange and Thales, while Numergy was backed by SFR and Bull.", "supported"),
])
def test_backers_and_clauses_joined_by_while(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "same as X" names X only as a comparison for what is said of the subject.
    ("Numergy built its OpenStack platform with eNovance's help, same as Cloudwatt.", "contradicted"),
    # Shorthand of forum posts: "btw" before two years is "between"; "contribs".
    ("cloudwatt expects to be profitable btw 2018 and 2020", "supported"),
    ("cloudwatt planned to ramp up its contribs to openstack", "contradicted"),
])
def test_likeness_and_forum_shorthand(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Words in quotation marks translated from a claim's are the claim's speaker's, whoever is credited.
    ("Philippe Tavernier hammered home: \"Our vocation is European.\"", "supported"),
    ("Patrick Starck said: \"Our vocation is European.\"", "contradicted"),
])
def test_translated_quotations_and_their_speaker(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Denying a change says the figure held.
    ("Numergy has not changed its 15% market-share target.", "supported"),
    # "did not intend to confine themselves to": an "only" a negation makes partial excludes nothing.
    ("In November 2012 the bosses of Numergy and Cloudwatt said they did not intend to confine themselves to the "
     "public sector.", "supported"),
    ("Numergy and Cloudwatt would confine themselves to the public sector.", "contradicted"),
    # The subject right after a word of order belongs to another clause than the buying.
    ("Red Hat closed its acquisition of eNovance only after Cloudwatt's IaaS offer had gone live.", "unverified"),
])
def test_unchanged_partial_only_and_ordered_clauses(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "aiming for two years earlier": an offset back in time, not a duration.
    ("By 2014 Cloudwatt had cut its 2017 revenue goal to €200m, down from the €500m it was aiming for two years "
     "earlier.", "supported"),
    # "going after" a share is aiming at it.
    ("Cloudwatt was going after a tenth of the French public cloud market.", "supported"),
    # "started out on" is the first stage.
    ("Numergy started out on its own OpenStack platform.", "contradicted"),
])
def test_offsets_aims_and_first_stages(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A reason after an elided « d' » is still a reason to settle.
    ("Cloudwatt a arrêté sa Cloudwatt Box à cause d'une faille de sécurité.", "unverified"),
    ("Cloudwatt sees itself turning a profit sometime between 2018 and 2020.", "supported"),
])
def test_elided_reasons_and_turning_a_profit(checker, text, expected):
    assert verdict(checker, text) == expected


def test_an_order_that_holds_does_not_hide_a_wrong_date(checker):
    assert verdict(checker, "Numergy's shareholders signed off on its OpenStack project in March 2013, after it "
                            "was first pitched in December 2012.") == "contradicted"


def test_an_undated_known_fact_borrows_no_date_from_the_other_side(checker):
    """Riner's role is recorded but undated: Cloudwatt's launch does not date it."""
    result = checker.check("Teddy Riner est devenu l'égérie de Cloudwatt avant même le lancement de la Cloudwatt Box.")
    assert "September 2012" not in result.explanation
    assert verdict(checker, "Gandi's accusations preceded OVH's mocking page.") == "supported"


def test_a_duration_after_for_lasts_as_long_as_the_verb_before_it(checker):
    result = checker.check("Numergy tested its OpenStack platform for nine months after building it.")
    assert "testing time" in result.explanation and result.verdict == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # Bounded durations between two events: 'less than', 'a little over'.
    ("Dassault Systèmes walked out of Andromède less than four months after the consortium was announced in "
     "September 2011.", "supported"),
    ("Dassault Systèmes walked out of Andromède more than a year after the consortium was announced in "
     "September 2011.", "contradicted"),
    ("Cloudwatt's legal structure ceased to exist a little over three years after the company's creation in 2012.",
     "supported"),
    ("Cloudwatt's legal structure ceased to exist less than two years after the company's creation in 2012.",
     "contradicted"),
    # "its launch" of a thing launched by another: the Box's launch dates the offset.
    ("The Cloudwatt Box was discontinued in March 2014, five months after its launch.", "unverified"),
    ("The Cloudwatt Box was discontinued in March 2015, five months after its launch.", "contradicted"),
    # A clause after a date describes the date: its subject is not what the main verb acts on, and its
    # event confirms the month, not that the main clause's fact was in it.
    ("Red Hat bought eNovance in June 2014, when Cloudwatt launched its OpenStack offer.", "unverified"),
    ("Red Hat bought eNovance in June 2014, the same month Cloudwatt launched its OpenStack offer.", "unverified"),
    ("Orange bought Cloudwatt in 2015, the year Numergy was placed in safeguard.", "supported"),
    ("Back in November 2012, the Numergy consortium was chaired by Philippe Tavernier.", "supported"),
])
def test_bounded_offsets_and_dates_described_by_a_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Grand emprunt was worth four point five billion euros in total.", "supported"),
    ("Cloudwatt expects to become profitable somewhere between twenty eighteen and twenty twenty.", "supported"),
    ("Cloudwatt says it will be in the black as early as twenty sixteen.", "contradicted"),
    ("En mai deux mille douze, SFR annonce avoir trouvé un nouveau partenaire : Bull.", "supported"),
])
def test_figures_and_years_said_aloud(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orange et Thales détiennent respectivement 44,4 % et 22,2 % de Cloudwatt.", "supported"),
    ("Orange et Thales détiennent respectivement 22,2 % et 44,4 % de Cloudwatt.", "contradicted"),
    ("Orange and Thales held 44.4% and 22.2% of Cloudwatt respectively.", "supported"),
    ("Philippe Tavernier and Patrick Starck, the heads of Numergy and Cloudwatt respectively, defended public money.",
     "supported"),
    ("Philippe Tavernier et Patrick Starck, respectivement présidents de Cloudwatt et de Numergy", "contradicted"),
    # A note's fields: a date goes with its own field's label; a label names the value's role.
    ("Dassault Systèmes — new ally after quitting Andromède: SFR; rival project unveiled: February 2012", "supported"),
    ("Numergy, 2015 : procédure de sauvegarde ; repreneur : SFR (100 %)", "supported"),
])
def test_respectively_and_labelled_fields(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An event asserted with a finite verb that the database records of none of the names.
    ("La Cloudwatt Box, lancée en octobre 2013, a été rachetée par Dropbox.", "unverified"),
    ("Didier Renard took over from Patrick Starck in April 2014.", "supported"),
    # 'sold to', « vendu à »: the name after them is the buyer.
    ("Numergy, launched in 2012, was sold to SFR in 2015.", "supported"),
    ("Numergy a été vendu à SFR en 2015.", "supported"),
    ("Numergy was sold to Orange in 2015.", "contradicted"),
])
def test_unrecorded_events_and_sold_to(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_name_after_sold_to_is_the_buyer_not_what_is_bought(checker):
    result = checker.check("Cloudwatt was sold to SFR.")
    assert result.verdict == "contradicted" and result.evidence[0].claim_id == "cloudwatt-acquired-by-orange"


@pytest.mark.parametrize("text, expected", [
    # A verb no property knows makes a sentence, not a note naming a recorded relation.
    ("Patrick Starck was dismissed from Cloudwatt by Orange.", "unverified"),
    ("Cloudwatt et Numergy, coentreprises du cloud souverain, ont démarré en septembre 2012.", "supported"),
    ("Numergy and Cloudwatt got off the ground in September 2012.", "supported"),
])
def test_participles_no_property_knows_and_starting_out(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A denial that reaches "alone" further in its clause denies that, not the verb.
    ("Cloudwatt didn't build its OpenStack infrastructure alone.", "supported"),
    ("Cloudwatt didn't build its OpenStack infrastructure.", "contradicted"),
    ("Numergy n'a pas construit seule son infrastructure.", "contradicted"),
])
def test_a_denial_of_alone(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A denial does not reach past a word of order; « ne … plus » ends a state, it does not date its start.
    ("Cloudwatt never turned a profit before Orange absorbed it.", "unverified"),
    ("Numergy n'était plus en procédure de sauvegarde à la fin de 2016.", "unverified"),
])
def test_denials_before_an_order_word_and_states_that_ended(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A cue in a relative clause (« que … avaient soutenue à sa création ») does not take the date outside it.
    ("En 2015, Numergy, que SFR et Bull avaient soutenue à sa création, a été placée en procédure de sauvegarde "
     "puis rachetée en totalité par SFR.", "supported"),
    # "paid for" is a verb of paying, not a paid-for offer.
    ("Orange paid less to take over Cloudwatt than SFR paid for Numergy.", "unverified"),
])
def test_relative_clause_cues_and_paying(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "none of …", « aucun … » deny what their clause says of its subject, however far.
    ("According to its CEO, none of Numergy's hundred or so employees is on a fixed-term contract.", "supported"),
    ("Aucun des salariés de Numergy n'est en CDD.", "supported"),
])
def test_none_of_denies_its_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "of its employees": the figure is the sentence's subject's, not a later name's.
    ("Gandi said about a dozen of its employees were approached by Cloudwatt and Numergy recruiters.", "unverified"),
    # A clause after a colon with a pronoun of its own keeps its date from the cue before it.
    ("Dassault ne s'est pas contenté de quitter Andromède : il est revenu en février 2012 aux côtés de SFR avec "
     "un projet concurrent.", "unverified"),
])
def test_figures_of_its_and_dates_of_a_new_clause(checker, text, expected):
    assert verdict(checker, text) == expected


def test_more_time_is_no_denial_in_a_speakers_words(checker):
    """« plus de temps que prévu » is "more time", not « ne … plus »: a paraphrase without a denial agrees."""
    assert verdict(checker, "Jean-François Colin admitted Cloudwatt had been slow to get going, but said the whole "
                            "French cloud market took longer than expected to take off.") == "supported"
    assert verdict(checker, "Patrick Starck said Cloudwatt benefited from a captive, privileged market") == "contradicted"


@pytest.mark.parametrize("text, expected", [
    # A key other than the subject, right before a negated verb, denies the relation.
    ("La Caisse des Dépôts n'a jamais figuré au capital de Numergy.", "contradicted"),
    ("La Caisse des Dépôts a figuré au capital de Numergy.", "supported"),
    # Denying an act the source's words identify.
    ("Gandi never claimed that recruiters were trying to poach its staff.", "contradicted"),
    ("Gandi claimed that recruiters were trying to poach its staff.", "supported"),
    # "took over from" has a voice: the name before it replaced the one after.
    ("Patrick Starck took over from Didier Renard as head of Cloudwatt.", "contradicted"),
    ("Didier Renard took over from Patrick Starck as head of Cloudwatt.", "supported"),
])
def test_denied_keys_denied_acts_and_taking_over_from(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A company starting its own business creates nothing else.
    ("Cloudwatt et Numergy ont toutes deux démarré leur activité en septembre 2012.", "supported"),
    # An apposition between a name and its figure does not put the figure out of reach.
    ("La Cloud Team Alliance, un réseau européen de fournisseurs de cloud public dont Numergy est à l'initiative, "
     "comptait six membres en 2014.", "supported"),
    ("La Cloud Team Alliance, un réseau européen de fournisseurs de cloud public dont Numergy est à l'initiative, "
     "comptait neuf membres en 2014.", "contradicted"),
])
def test_own_activity_and_figures_past_an_apposition(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "from X (up) to Y" says which way a figure was revised.
    ("Cloudwatt actually got MORE ambitious: its 2017 revenue target went from 200 M€ up to 500 M€.", "contradicted"),
    ("Cloudwatt's revenue target went from €500m to €200m.", "supported"),
    # "did reach its goal" is a result, which the source's target does not confirm.
    ("Cloudwatt did reach its goal of 10,000 virtual machines by the end of 2014.", "unverified"),
])
def test_from_to_revisions_and_emphatic_results(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Charging a fee is a paid offer; an adverb may stand between auxiliary and participle.
    ("From the outset Cloudwatt charged SMEs a fee for its data-storage offer.", "contradicted"),
    ("Cloudwatt charged €0.02 per GB per month for object storage.", "unverified"),
    # "was driven by" gives a reason, which the source may not give.
    ("Numergy's €6m revenue forecast for 2014 was driven by a large contract with a French ministry.", "unverified"),
])
def test_fees_and_reasons_driven_by(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A subject named only after a word of order, every cue before it: another clause's.
    ("Red Hat had bought eNovance before Cloudwatt made its IaaS offer official at the end of June 2014.",
     "supported"),
    ("Thales bought Cloudwatt after Numergy was placed in safeguard.", "contradicted"),
    ("Axelle Lemaire's idea of merging Cloudwatt and Numergy was dropped after SFR and Bull were bought out.",
     "supported"),
])
def test_subjects_named_only_after_an_order_word(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Names coordinated with the subject share its verb; the wrong buyer of one of them contradicts.
    ("SFR and Bull were bought by Orange in 2014.", "contradicted"),
    ("In 2014, both of Numergy's industrial shareholders, SFR and Bull, were bought by Orange.", "contradicted"),
])
def test_coordinated_subjects_share_their_buyer(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date in an aside is the aside's.
    ("IBM, one of the companies at the November 2012 conference, had announced a major data center in Montpellier.",
     "supported"),
    # "Numergy's shareholders": whose holders, not a holder; their change, dated April or August 2014 by
    # two sources, still came before Orange's 2015 takeover.
    ("Orange moved to buy out Cloudwatt before Numergy's shareholders had changed.", "contradicted"),
    ("Orange's plan to take full control of Cloudwatt came after Numergy's shareholders had already changed.",
     "supported"),
])
def test_dates_in_asides_and_orders_across_a_dispute(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A claim named only in part (the IaaS launch, for "the two companies were launched") explains no
    # contradiction away.
    ("The two sovereign cloud companies were only launched in 2014.", "contradicted"),
    # 'promising', 'talking about' aim; 'at the start' is the initial target.
    ("At the start, Cloudwatt was promising half a billion euros in revenue.", "supported"),
    ("Two years earlier, Cloudwatt was talking about five hundred million euros in revenue; it has since scaled "
     "that ambition back.", "supported"),
])
def test_partial_supports_and_initial_promises(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "OVH founder Octave Klaba": the title of the organisation right before it.
    ("OVH founder Octave Klaba called Cloudwatt and Numergy a waste of public money.", "unverified"),
    # 'founded' with its founder before it.
    ("Orange founded Cloudwatt.", "supported"),
    ("SFR founded Cloudwatt.", "contradicted"),
    ("Cloudwatt was founded in 2013.", "contradicted"),
])
def test_titles_of_an_organisation_before_and_founding(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The occasion of what is said, confirmed by the report of that occasion.
    ("At the November 2012 Partner VIP conference, Philippe Tavernier declared that Numergy's calling is European.",
     "supported"),
    ("Philippe Tavernier organised the Partner VIP conference.", "unverified"),
    # 'chaired' names the moderator; another moderator named is hard evidence.
    ("Fleur Pellerin chaired the debate at the November 2012 Partner VIP conference.", "contradicted"),
])
def test_occasions_and_moderators(checker, text, expected):
    assert verdict(checker, text) == expected


def test_plus_tot_without_its_accent(checker):
    assert verdict(checker, "cloudwatt a revu son objectif de CA a la baisse : 200 M€ d'ici 2017 au lieu des 500 M€ "
                            "vises deux ans plus tot") == "supported"


@pytest.mark.parametrize("text, expected", [
    # A sentence that opens with a pronoun is read with the name it stands for in the sentence before.
    ("Patrick Starck ran Cloudwatt before Didier Renard arrived. He had been in charge for roughly eighteen months.",
     "supported"),
    ("Patrick Starck a été remplacé à la tête de Cloudwatt en avril 2014. Ce dernier avait dirigé l'entreprise "
     "pendant trois ans.", "contradicted"),
    ("The Partner VIP conference held its closing plenary on 20 November 2012. It took place in Lyon.", "contradicted"),
    # One claim the sources disagree on, the other confirmed.
    ("Bull was one of Numergy's shareholders. Its takeover by Atos took place in April 2014.", "disputed"),
    # "the company" after two companies stands for neither; a name in a crediting phrase is the telling.
    ("Pour construire son infrastructure, Cloudwatt s'est fait aider par eNovance. L'entreprise a depuis été "
     "rachetée par Red Hat.", "supported"),
    # "that figure": the figure the sentence before gives last, with what it counts.
    ("Cloudwatt aimed for 10,000 virtual machines by December 2014. For 2015, the firm planned to double that figure.",
     "contradicted"),
    ("Cloudwatt aimed for 10,000 virtual machines by December 2014. For 2015, the firm planned to triple that figure.",
     "supported"),
])
def test_a_sentence_is_read_with_what_its_pronouns_stand_for(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Sentences that each open with a name stand on their own: Orange does not buy Numergy by taking
    # Cloudwatt's claim from the next sentence.
    ("En 2015, Numergy a été placé en procédure de sauvegarde puis racheté en totalité par Orange. Cloudwatt a, "
     "de son côté, été intégré à Orange Business Services.", "contradicted"),
    ("En 2015, Numergy a été racheté à 100 % par SFR. Cloudwatt a été intégré à Orange Business Services.",
     "supported"),
    # A question and its answer are one claim.
    ("Who ran Cloudwatt in 2013? Patrick Starck.", "supported"),
])
def test_sentences_that_open_with_a_name_stand_on_their_own(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "and not only" denies "only"; it sets nothing aside.
    ("At the November 2012 conference, Numergy's president said the company wants to be a low-cost supplier of "
     "cloud energy, and not only for the public sector.", "supported"),
    ("Pour construire son infrastructure, Cloudwatt s'est fait aider par eNovance.", "supported"),
])
def test_not_only_and_help(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "couldn't … on its own" denies that it was alone, not who helped it.
    ("Cloudwatt couldn't build its cloud on its own; it leaned on eNovance, which Red Hat later acquired.",
     "supported"),
    ("Cloudwatt didn't build its cloud on its own; it leaned on eNovance.", "supported"),
    ("Cloudwatt couldn't build its cloud on its own.", "supported"),
])
def test_a_denial_of_alone_leaves_the_helper(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_dispute_made_by_joining_clauses_yields_to_the_clauses(checker):
    assert verdict(checker, "Cloudwatt CEO in 2013 = Patrick Starck; Didier Renard only arrived in April 2014.") == \
        "supported"


@pytest.mark.parametrize("text, expected", [
    # A formal act needs the source's own words for one.
    ("Gandi filed a formal complaint in July 2012 over the poaching of its staff.", "unverified"),
    ("Gandi complained in July 2012 that recruiters were trying to poach its staff.", "supported"),
])
def test_formal_acts_need_their_own_words(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A goal said to be met is an outcome the claims of the goal alone do not confirm.
    ("At the end of 2014, Numergy had met its forecast of €6 million in revenue for the year.", "unverified"),
    ("Numergy expected revenue of €6 million in 2014.", "supported"),
    # Sales said to meet or beat their targets, of sales the source puts far below them.
    ("Les ventes de Numergy et Cloudwatt ont dépassé les objectifs initiaux.", "contradicted"),
    ("Cloudwatt's sales met their targets.", "contradicted"),
])
def test_goals_said_to_be_met(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One of a kind ("the first … to", "founding member") needs the source's own words for it.
    ("Cloudwatt was the first company in Europe to open a public cloud built on OpenStack.", "unverified"),
    ("Axelle Lemaire was the first person ever to serve as secretary of state for digital affairs.", "unverified"),
    ("Numergy was one of the founding members of Eurocloud France.", "unverified"),
    ("Numergy is a member of Eurocloud France.", "supported"),
    # Ranks among holders are compared; "the last" that ends no clause of its own is no distinction.
    ("Orange was Cloudwatt's largest shareholder.", "supported"),
    ("Didier Renard was the last chief executive of Cloudwatt.", "supported"),
    # "last" is not the source's « la » with an ending.
    ("Didier Renard was the last chief executive ever to run Cloudwatt.", "unverified"),
])
def test_distinctions_need_their_own_words(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Where someone held a post before: a relation of its own, however closely the names are linked.
    ("M. Didier Renard, qui a succédé à M. Patrick Starck à la tête de Cloudwatt, avait auparavant exercé des "
     "fonctions de direction au sein d'Orange Business Services.", "unverified"),
    ("Didier Renard, qui a pris la tête de Cloudwatt en 2014, avait auparavant dirigé une filiale d'Orange "
     "Business Services.", "unverified"),
    ("Cloudwatt a été intégrée au sein d'Orange Business Services en 2015.", "supported"),
])
def test_posts_held_before(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Refusing to do something is not doing it.
    ("Numergy a refusé d'adhérer à Eurocloud France.", "contradicted"),
    ("Numergy refused to join Eurocloud France.", "contradicted"),
    ("Numergy belonged to EuroCloud France.", "supported"),
])
def test_refusing_and_belonging(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_disputed_statement_shows_what_else_the_sources_confirm(checker):
    result = checker.check("Bull's stake in Numergy passed to Atos in April 2014, when Altice bought SFR for "
                           "€13.5 billion.", whole=False)
    assert result.verdict == "disputed"
    assert "sfr-acquired-by-altice-2014-04" in {e.claim_id for e in result.evidence}


def test_a_relative_clause_with_a_title_abbreviation_is_an_aside(checker):
    result = checker.check("Numergy, dont M. Philippe Tavernier est le président-directeur général, anticipait pour "
                           "l'année 2014 un chiffre d'affaires de 6 millions d'euros.")
    assert result.verdict == "supported" and "6 millions" in result.explanation


@pytest.mark.parametrize("text, expected", [
    # A dated heading that names a report dates the telling.
    ("Sept. 2014 stocktake: Didier Renard replaced Patrick Starck at the head of Cloudwatt in April.", "supported"),
    ("Orange veut récupérer cent pour cent de Cloudwatt", "supported"),
    # "triple … from A to B": B is three times A.
    ("Cloudwatt planned to triple its virtual machine count from its December 2014 target to 30,000 in 2015.",
     "supported"),
    ("Cloudwatt planned to triple its virtual machine count from its December 2014 target to 90,000 in 2015.",
     "contradicted"),
    # A side's own figure wrong: the ratio settles nothing.
    ("For 2015 Cloudwatt was aiming at 10,000 virtual machines, three times what it expected by December 2014.",
     "contradicted"),
])
def test_report_headings_taking_back_and_tripling_from_to(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name in a relative clause after the cue describes the value; it is not the value (the
    # Luxembourg company is Altice, the one company the claims give that nationality).
    ("SFR was bought by a Luxembourg company that also owns Numericable.", "supported"),
    ("SFR was bought by Numericable.", "contradicted"),
])
def test_a_name_in_a_relative_clause_is_no_rival(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « la main » is a hand, not the main shareholder.
    ("2015 : Orange met la main sur Numergy", "contradicted"),
    ("Orange was Cloudwatt's main shareholder.", "supported"),
    # A statement that credits a speaker is someone's words, not a note naming a relation.
    ("Cloudwatt : une croissance à un seul chiffre, concède Orange", "unverified"),
])
def test_hands_and_credited_headlines(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La conférence Partner VIP s'est tenue le vingt novembre à Paris La Défense.", "supported"),
    ("La conférence Partner VIP s'est tenue le vingt-deux novembre à Paris La Défense.", "contradicted"),
])
def test_days_said_aloud(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Not renewing a membership ends it; it denies no membership.
    ("Numergy did not renew its Eurocloud France membership in 2015.", "unverified"),
    ("Numergy was never a member of Eurocloud France.", "contradicted"),
])
def test_not_renewing_is_an_ending(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the 55 % of Cloudwatt held by Thales and the CDC": their two stakes together.
    ("Orange planned to buy out the roughly 55% of Cloudwatt held by Thales and the CDC.", "supported"),
    ("Orange planned to buy out the roughly 70% of Cloudwatt held by Thales and the CDC.", "contradicted"),
])
def test_a_figure_held_by_several_with_the_company_between(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # An event counted from is the one its verb names (the approval), not the holdings "shareholders" names.
    ("Numergy launched its OpenStack platform in June 2014, a year after its shareholders approved it.", "supported"),
    ("Numergy launched its OpenStack platform in June 2014, two years after its shareholders approved it.",
     "contradicted"),
    ("Numergy switched on its OpenStack platform in June 2014.", "supported"),
])
def test_an_event_counted_from_is_the_one_its_verb_names(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orange et Thales réunis détenaient les deux tiers de Cloudwatt.", "supported"),
    ("Orange et Thales réunis détenaient la moitié de Cloudwatt.", "contradicted"),
    # "of SFR and of Bull": both bought, neither the buyer of the other.
    ("The takeovers of SFR and of Bull by Orange were completed in 2014.", "contradicted"),
    ("Lemaire's merger plan for the two clouds was dropped after the buyouts of SFR and of Bull.", "supported"),
])
def test_names_joined_with_their_preposition_repeated(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A fraction of a figure given after it: the dated fact before it is that fraction of the figure.
    ("Cloudwatt's 2017 revenue goal was less than half of the 500 million euros it first aimed for.", "supported"),
    ("Cloudwatt's 2017 revenue goal was more than half of the 500 million euros it first aimed for.", "contradicted"),
    ("Cloudwatt's first revenue goal, €500m, was two and a half times its 2017 target.", "supported"),
])
def test_a_fraction_of_a_figure_either_side_of_the_fact(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Orange held 44.4 % and was to hold 100 %: it was buying 55.6 %.
    ("Orange's planned purchase covered 55.6% of Cloudwatt.", "supported"),
    ("Orange's planned purchase covered 60% of Cloudwatt.", "contradicted"),
])
def test_a_holder_buying_the_rest(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date in a field set off by a dash belongs to that field's label.
    ("Numergy safeguard procedure — cause: losses in 2014", "unverified"),
    ("Numergy — safeguard procedure: 2014", "contradicted"),
])
def test_a_date_in_a_field_after_a_dash(checker, text, expected):
    assert verdict(checker, text) == expected



@pytest.mark.parametrize("text, expected", [
    # A holder's place among its peers: Numergy was SFR 47 %, CDC 33 %, Bull 20 %.
    ("The CDC was Numergy's second-largest shareholder.", "supported"),
    ("Bull was Numergy's second-largest shareholder, behind SFR.", "contradicted"),
    ("Bull was Numergy's third-largest shareholder.", "supported"),
    ("Bull held the smallest stake in Numergy.", "supported"),
    ("SFR held the smallest stake in Numergy.", "contradicted"),
    ("SFR was Numergy's largest shareholder.", "supported"),
])
def test_a_holders_place_among_its_peers(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « la seule participation de Thalès »: only Thales's stake, when the CDC's was to be bought too.
    ("Orange comptait racheter la seule participation de Thalès dans Cloudwatt.", "contradicted"),
    ("Orange planned to buy only the stake of Thales in Cloudwatt.", "contradicted"),
    ("Orange planned to buy the stakes of Thales and of the CDC in Cloudwatt.", "supported"),
])
def test_only_the_stake_of_one(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A figure, date or name set aside: ruled out by the claim that confirms the one kept.
    ("The Cloud Team Alliance had six members, not sixteen.", "supported"),
    ("The Cloud Team Alliance had sixteen members rather than six.", "contradicted"),
    ("Cloudwatt was founded in 2012, not 2013.", "supported"),
    ("Cloudwatt was founded in 2013, not 2012.", "contradicted"),
    # The source's partner turned down, whatever else the statement dates.
    ("SFR's new partner in May 2012 was Thales, not Bull.", "contradicted"),
    ("Le nouvel associé de SFR en mai 2012 était Thales, et non Bull.", "contradicted"),
])
def test_what_a_correction_sets_aside(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "its Box" after Cloudwatt is the Cloudwatt Box, past another name between.
    ("Cloudwatt shipped its Dropbox-style Box about eight months before its OpenStack IaaS service.", "supported"),
    ("Cloudwatt shipped its Dropbox-style Box about two years before its OpenStack IaaS service.", "contradicted"),
    # Shutting down a product is its end, an event the source does not date; not the company's dissolution.
    ("Cloudwatt shut down its Box service in March 2014.", "unverified"),
    ("Cloudwatt shut down in March 2014.", "contradicted"),
])
def test_a_name_owned_by_the_subject_and_its_end(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A title's own word between the organisation and the title: the organisation's marketing chief.
    ("Demand for Cloudwatt is growing fast, Orange Cloud for Business marketing chief Jean-François Colin said.",
     "unverified"),
    ("Cloudwatt demand shows double-digit growth, Orange Cloud for Business marketing chief Jean-François Colin said.",
     "supported"),
])
def test_a_title_of_another_organisation_with_a_word_between(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_functions_head_word_is_no_other_title(checker):
    """"marketing chief" is « directeur marketing », not another title (it was read as one)."""
    result = checker.check("Jean-François Colin is the marketing chief at Orange Cloud for Business.")
    assert result.verdict != "contradicted"


@pytest.mark.parametrize("text, expected", [
    # Each clause alone is wrong; the whole must not join a subject to the other clause's names.
    ("Numergy was formed by Orange and Thales, Cloudwatt by SFR and Bull.", "contradicted"),
    ("Numergy a été créée par Orange et Thalès, Cloudwatt par SFR et Bull.", "contradicted"),
    ("Cloudwatt a été créée par Orange et Thalès, Numergy par SFR et Bull.", "supported"),
])
def test_swapped_agents_of_a_gapped_clause(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "held the equivalent post": an office, no stake (`not_cued_before` on shareholder).
    ("In November 2012 Tavernier chaired Numergy, while Patrick Starck held the equivalent post at Cloudwatt.",
     "supported"),
    ("Patrick Starck held a stake in Cloudwatt.", "contradicted"),
    ("2014-10 — Cloudwatt rolls out the Cloudwatt Box", "contradicted"),
])
def test_holding_an_office_and_rolling_out(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le Grand emprunt pesait 4,5 milliards d'euros, dont 135 millions prévus pour Andromède.", "supported"),
    ("Le Grand emprunt pesait 6 milliards d'euros.", "contradicted"),
    ("Cloudwatt was aiming for a 10-percent share of the public cloud market in France.", "supported"),
    ("Cloudwatt was aiming for a 20-percent share of the public cloud market in France.", "contradicted"),
])
def test_a_funds_weight_and_hyphenated_units(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Teddy Riner was for a while the face of Cloudwatt.", "supported"),   # "a while" is no "while" clause
    ("2011-12 — Dassault walks out of Andromède | 2012-02 — Dassault returns, allied with SFR", "supported"),
])
def test_a_noun_while_and_timeline_rows(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Sept 2011 — Andromède unveiled, meant to bring together Orange, Thales and Dassault Systèmes", "supported"),
    ("2012-03 — Dassault teams up with SFR and comes back with a rival project", "contradicted"),
    ("Numergy's OpenStack platform was completed after six months of work.", "contradicted"),
    ("Cloudwatt put out its Cloudwatt Box in October 2013.", "supported"),
])
def test_headline_verbs_of_announcing_building_and_teaming_up(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Only the cues between the two names have a voice: "accused … of unfair competition".
    ("Orange and SFR accused the host Ikoula of unfair competition.", "contradicted"),
    ("Ikoula accused Orange and SFR of unfair competition.", "supported"),
    # « à l'initiative de Sarkozy »: a noun and its complement, no voice to read.
    ("Le cloud souverain français, lancé à l'initiative de Sarkozy", "supported"),
])
def test_roles_swapped_around_a_verb_of_a_relation_between_names(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « intégral » is a word of the whole, no misspelt Integra.
    ("Numergy : procédure de sauvegarde en 2015, puis rachat intégral par SFR.", "supported"),
    ("The 2011 Andromède line-up: Orange, Thales and Atos.", "contradicted"),
])
def test_a_whole_purchase_and_a_line_up(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The set "none of" counts is not denied; only what is said of it.
    ("None of Numergy's roughly one hundred employees were on fixed-term contracts.", "supported"),
    ("Aucun des quelque cent salariés de Numergy n'est en CDD.", "supported"),
    # Not reaching a target: the source gives the target, not whether it was reached.
    ("Cloudwatt n'a pas atteint les 10 000 machines virtuelles en décembre 2014.", "unverified"),
    # « sa participation de 33,3 % » is the CDC's, not Orange's, named nearer.
    ("La Caisse des dépôts a perçu 20 millions d'euros lors de la cession à Orange de sa participation de 33,3 % "
     "dans Cloudwatt.", "unverified"),
])
def test_quantified_sets_missed_targets_and_possessed_figures(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « d'emblée » inside a cue, and a name a few words past it: Numergy first ran on SFR's VMware platform.
    ("Numergy a démarré d'emblée sur sa propre plateforme OpenStack.", "contradicted"),
    ("Numergy a d'abord démarré sur la plate-forme de SFR Business Team.", "supported"),
])
def test_what_a_company_started_on(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A date written as part of a name is that thing's date: the conference was held on 20 November 2012.
    ("Philippe Tavernier spoke at the November 2012 Partner VIP conference as Numergy's president.", "supported"),
    ("Philippe Tavernier spoke at the December 2012 Partner VIP conference as Numergy's president.", "contradicted"),
])
def test_a_date_written_as_part_of_a_name(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One fact each of the subjects a conjunction names, summed: 75 M€ each.
    ("Combined, Cloudwatt and Numergy received about €150 million of public money.", "supported"),
    ("Cloudwatt and Numergy together received €300 million of public money.", "contradicted"),
    ("Public funding for Cloudwatt and Numergy combined never went above €75 million.", "contradicted"),
    # "below", "above" bound a figure.
    ("Numergy's sales for January to September 2013 stayed below €5 million.", "supported"),
    ("Numergy's sales for January to September 2013 stayed above €5 million.", "contradicted"),
    # A dated piece that tells: its date is no date of the fact.
    ("The September 2014 article says the Cloud Team Alliance launched by Numergy counted six members.", "supported"),
    ("The 2016 Clubic Pro piece says the Cloudwatt name survived, now reserved for the public cloud offer of "
     "Orange Cloud for Business.", "supported"),
])
def test_sums_across_subjects_bounds_and_dated_pieces(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A revision needs the figure's earlier and later values, or the target's `revision` in words
    # (« maintenu depuis 2012 »: see test_a_target_kept_or_revised).
    ("Numergy a revu à la baisse son objectif 2020 (15 % du marché) depuis 2012", "contradicted"),
    ("Cloudwatt cut its 2017 revenue target to €200m.", "supported"),
    # "grew to about a hundred": the level reached, which the figure confirms.
    ("Cloudwatt quickly grew to roughly a hundred employees.", "supported"),
])
def test_a_revision_needs_two_values(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « le projet de départ » is the first project, no departure, and a noun after « de » has no voice.
    ("Andromède, nom de code du projet de départ, devait réunir Orange, Thalès et Dassault Systèmes.", "supported"),
    ("C'est Thalès qui projetait de racheter les parts d'Orange et de la Caisse des Dépôts.", "contradicted"),
    # "soit 66,6 %": the same figure said twice.
    ("À eux deux, Orange et Thalès possédaient les deux tiers de Cloudwatt, soit 66,6 %.", "supported"),
    # A figure in the aside after the opening holder is that holder's.
    ("Orange, premier actionnaire de Cloudwatt avec 44,4 % du capital, avait pour coactionnaires Thalès et la "
     "Caisse des Dépôts.", "supported"),
])
def test_nouns_after_de_restated_figures_and_opening_asides(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The one replaced: the statement's date is the replacement's, not the replaced party's relation
    # (Bull, "as its partner", is SFR's partner from May 2012).
    ("In May 2012 SFR said Bull would replace Dassault as its partner.", "supported"),
    ("Patrick Starck took over from Didier Renard as head of Cloudwatt in April 2014.", "contradicted"),
    # A planned date is no date of the event.
    ("Cloudwatt had originally planned to launch its OpenStack IaaS offer in 2013.", "unverified"),
    ("Cloudwatt launched its OpenStack IaaS offer in 2013.", "contradicted"),
])
def test_the_one_replaced_and_a_planned_date(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name listed beside a confirmed holder, when the known holders own the whole, holds nothing.
    ("Numergy's shareholders were SFR and Dassault Systèmes.", "contradicted"),
    ("Numergy's shareholders were SFR and Bull.", "supported"),
])
def test_a_name_listed_with_a_holder(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # What an act was mainly for is no act: its names neither contradict nor confirm.
    ("Red Hat bought eNovance mainly to get hold of Cloudwatt's customers.", "unverified"),
    ("Altice bought SFR chiefly to gain control of Numergy's cloud business.", "unverified"),
    ("Orange announced plans to buy out both Thales and the Caisse des Dépôts so as to own all of Cloudwatt.",
     "supported"),
])
def test_what_an_act_was_for(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a 60% reduction": the percentage is the change (500 → 200), not what is left.
    ("Cloudwatt scaled its revenue ambition back from €500m to €200m, a 60% reduction.", "supported"),
    ("Cloudwatt scaled its revenue ambition back from €500m to €200m, a 40% reduction.", "contradicted"),
])
def test_a_percentage_before_a_noun_of_change(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "buy Thales's stake": the genitive names the seller, as "the stake of Thales" does.
    ("Orange planned to buy Thales's and the CDC's stakes in Cloudwatt.", "supported"),
    ("Orange only planned to buy out Thales's stake in Cloudwatt.", "contradicted"),
    # A name in a later clause is no part of the "only" list.
    ("Orange only planned to buy out Thales's stake in Cloudwatt, leaving the Caisse des Dépôts as a shareholder.",
     "contradicted"),
])
def test_a_seller_in_the_genitive_and_the_clause_of_an_only_list(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A target's `revision` qualifier: kept as it was, or revised; a denied revision is no other kind.
    ("Numergy had scaled back its 2020 market-share goal since 2012.", "contradicted"),
    ("Depuis 2012, Numergy a revu à la baisse son objectif de 15 % du marché du cloud public pour 2020.",
     "contradicted"),
    ("Numergy had not revised its goal of a 15% share of the French public cloud market by 2020.", "supported"),
    ("Numergy a maintenu depuis 2012 son objectif de 15 % de parts de marché.", "supported"),
    ("Cloudwatt cut its 2017 revenue target from €500m to €200m.", "supported"),
])
def test_a_target_kept_or_revised(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A claim read alone that names one of a fact's names is not excused by a whole reading
    # that took the fact's other names from another claim.
    ("En 2015, Numergy est passé à 100 % sous le contrôle d'Orange, tandis que Cloudwatt rejoignait SFR.",
     "contradicted"),
    ("Cloudwatt relied on the specialist eNovance to build its infrastructure, but Numergy says it built its own "
     "without outside help.", "supported"),
    # A stake bought, as the difference of two stakes, is compared as a stake is.
    ("2015 : SFR ne reprend que 51 % de Numergy", "contradicted"),
    ("In 2015 SFR bought the remaining 53% of Numergy.", "supported"),
])
def test_names_joined_across_claims_and_a_rest_bought_to_the_point(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A relation's subject set aside while its value is named: "chose Numergy rather than Cloudwatt".
    ("Juillet 2015 : l'État choisit Numergy plutôt que Cloudwatt pour ses services informatiques", "contradicted"),
    ("In July 2015 the State chose Cloudwatt rather than Numergy to run its IT services.", "supported"),
])
def test_a_subject_set_aside(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, aside", [
    # What is set aside ends with its clause; a word that ends a clause may open it.
    ("Red Hat paid cash rather than shares when it bought eNovance.", " shares "),
    ("Cloudwatt launched its offer in 2014 rather than after 2015, it said.", " after 2015"),
])
def test_what_is_set_aside_ends_with_its_clause(checker, text, aside):
    assert [text[a:b] for a, b in checker.extract(text).set_aside] == [aside]


@pytest.mark.parametrize("text, expected", [
    # A national ambition in other words ("stop at France's borders", "limited to France") is no European one.
    ("Tavernier: Numergy's ambitions stop at France's borders", "contradicted"),
    ("Numergy's president Philippe Tavernier said the company's ambitions were limited to France.", "contradicted"),
    # « celle-ci », "the latter" point at the name in the aside, not at the opening name.
    ("Philippe Tavernier, qui présidait Numergy, a affirmé que la vocation de celle-ci était avant tout nationale.",
     "contradicted"),
    ("Philippe Tavernier, qui présidait Numergy, a affirmé que la vocation de celle-ci était européenne.",
     "supported"),
])
def test_a_national_ambition_and_pronouns_that_point_at_an_aside(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A merger carried out is no merger dropped; an exclusive value may have a gap ("pushed … through").
    ("Axelle Lemaire pushed through a merger of Cloudwatt and Numergy.", "contradicted"),
    ("Axelle Lemaire pushed the Cloudwatt–Numergy merger through after SFR and Bull were sold.", "contradicted"),
    ("Fusion Numergy–Cloudwatt (pilotée par A. Lemaire) → menée à bien", "contradicted"),
    ("Axelle Lemaire considered merging Cloudwatt and Numergy, an idea dropped after SFR and Bull were bought.",
     "supported"),
])
def test_a_merger_carried_out_or_dropped(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "no more than", « pas plus de »: a bound, neither a denial nor a comparison.
    ("Per Les Echos, Cloudwatt's business brought in no more than about €2m in 2014.", "supported"),
    ("Cloudwatt brought in no less than €5m in 2014.", "contradicted"),
    # A partner said to have walked away is no rival of the partner that came next.
    ("Dassault walked away from its SFR partnership in spring 2012, two months after the rival project was unveiled.",
     "unverified"),
    ("Dassault teamed up with Bull in February 2012.", "contradicted"),
])
def test_bounds_that_read_like_denials_and_a_partner_that_walked_away(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A name dropped is no name kept; the word right before "the Cloudwatt name" is said of it.
    ("When Cloudwatt's legal entity was wound up on 1 January 2016, Orange ditched the Cloudwatt name altogether.",
     "contradicted"),
    ("Cloudwatt's legal entity disappeared on 1 January 2016, but the brand lives on as the name of Orange's public "
     "cloud offer.", "supported"),
    # « …de Thalès et de la CDC, soit X % »: the figure restates what the names hold together.
    ("Orange projetait de racheter les participations de Thalès et de la Caisse des dépôts, soit 44,4 % du capital "
     "de Cloudwatt.", "contradicted"),
    ("Orange projetait de racheter les participations de Thalès et de la Caisse des dépôts, soit 55,5 % du capital "
     "de Cloudwatt.", "supported"),
])
def test_a_name_dropped_and_a_sum_restated(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A revision denied: "never scaled back" of a target the sources show cut.
    ("Cloudwatt never scaled back its revenue ambition: it still targets half a billion euros.", "contradicted"),
    # « n'a pas revu … à la baisse », "did not revise … downwards": that direction of change denied.
    ("Cloudwatt n'a pas revu son ambition à la baisse : elle vise toujours 500 millions d'euros de chiffre "
     "d'affaires d'ici 2017.",
     "contradicted"),
    ("Cloudwatt did not revise its 2017 revenue target downwards.", "contradicted"),
    ("Cloudwatt did not cut its 2017 revenue target from €500m to €200m.", "contradicted"),
    ("Cloudwatt cut its 2017 revenue target from €500m to €200m.", "supported"),
])
def test_a_revision_denied(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A relation denied with the very party the source gives contradicts, below a better fit too.
    ("Orange never planned to buy the Caisse des Dépôts' stake in Cloudwatt.", "contradicted"),
    ("Orange planned to buy the Caisse des Dépôts' stake in Cloudwatt.", "supported"),
])
def test_a_relation_denied_with_its_party(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A state said to go on (or end) up to an event: an undated role does not settle that time.
    ("Philippe Tavernier was still Numergy's CEO when it was placed in safeguard proceedings in 2015.", "unverified"),
    ("Didier Renard stayed on as head of Cloudwatt after Orange completed its takeover.", "unverified"),
    ("Philippe Tavernier est resté PDG de Numergy jusqu'au placement de la société en procédure de sauvegarde.",
     "unverified"),
    ("En septembre 2014, Philippe Tavernier était toujours le PDG de Numergy.", "supported"),
    ("Patrick Starck est resté environ dix-huit mois à la tête de Cloudwatt avant d'être remplacé par Didier Renard.",
     "supported"),
])
def test_a_state_up_to_an_event(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A count the names listed right after it make up points at them: no figure to settle.
    ("Cloudwatt's two industrial shareholders, Orange and Thales, owned roughly two thirds of the company between "
     "them.", "supported"),
    # "a quarter after": three months.
    ("Numergy's shareholders approved its OpenStack project a quarter after it was first proposed in March 2013.",
     "supported"),
    ("Numergy's shareholders approved its OpenStack project two quarters after it was first proposed in March 2013.",
     "contradicted"),
])
def test_a_count_of_the_names_listed_and_quarters_of_a_year(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "an outright majority" is more than half; a "majority shareholder" is the largest one.
    ("Orange held an outright majority of Cloudwatt, more than 50% of its shares.", "contradicted"),
    ("Orange was Cloudwatt's majority shareholder.", "supported"),
    # "wholly owned by" is a takeover's 100 %; "controlled" holds.
    ("Numergy ended up wholly owned by SFR in 2015.", "supported"),
    ("Numergy was wholly owned by Orange in 2015.", "contradicted"),
    ("Together, Orange and Thales controlled three quarters of Cloudwatt.", "contradicted"),
])
def test_majorities_whole_ownership_and_control(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A merger said done ('merged', « ont fusionné ») is no merger dropped; a verb-initial part
    # borrows the whole coordinated subject ("Cloudwatt and Numergy … and merged …").
    ("In 2015 Cloudwatt and Numergy finally joined forces and merged into a single company.", "contradicted"),
    # A target abandoned is no target kept.
    ("Numergy a abandonné son objectif de 2012 : elle ne vise plus 15 % du marché français du cloud public.",
     "contradicted"),
    # « levé le rideau »: came into being.
    ("Les deux coentreprises ont levé le rideau en septembre 2013.", "contradicted"),
    ("Cloudwatt et Numergy ont démarré officiellement en septembre 2012, sous la forme de deux coentreprises.",
     "supported"),
])
def test_a_merger_done_a_target_abandoned_and_a_curtain_raised(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "discourage … from", « décourager … de »: a denial with its object inside.
    ("Le patron de Numergy dit décourager ses développeurs de contribuer publiquement à OpenStack.", "contradicted"),
    ("Numergy's developers contribute to OpenStack.", "supported"),
])
def test_verbs_that_deny_around_their_object(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_denial_word_is_no_stem_of_a_content_word(checker):
    # "Notre" shares its first letters with "not": the speaker's « pas vocation à prendre tous les
    # contrats » is not what « Notre vocation est européenne » says.
    assert verdict(checker, "« Notre vocation est européenne », a martelé Philippe Tavernier.") == "supported"


@pytest.mark.parametrize("text, expected", [
    # A stake's `change` in words: kept (« la CDC conservant sa participation »), or to be bought out.
    ("When Numergy's industrial shareholders passed to Altice and Atos-Bull, the Caisse des Dépôts sold its stake "
     "in Numergy.", "contradicted"),
    ("The CDC kept its 33.3% stake in Numergy.", "supported"),
    ("Under Orange's plan, Thales and the Caisse des Dépôts would stay on as minority shareholders of Cloudwatt.",
     "contradicted"),
    ("Orange planned to buy Thales's 22.2% stake in Cloudwatt.", "supported"),
])
def test_a_stake_kept_or_bought_out(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A noun of the actor ('buyer', « repreneur ») has no voice: "SFR's buyer Altice" has Altice buy.
    ("SFR's buyer Altice, the parent company of Numericable, is a Luxembourg group.", "supported"),
    ("SFR's buyer Orange paid 13.5 billion euros.", "contradicted"),
])
def test_a_noun_of_the_actor(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A share of the staff is no share of the company.
    ("Orange laid off half of Cloudwatt's staff after the takeover", "unverified"),
    ("Orange a licencié la moitié des salariés de Cloudwatt après le rachat.", "unverified"),
    ("Orange bought half of Cloudwatt.", "contradicted"),
])
def test_a_share_of_the_staff(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'in-house' cues building only with a word of building or of what is built.
    ("Cloudwatt intended to give less to the OpenStack community so that the work it kept in-house would produce "
     "added value.", "supported"),
    ("Cloudwatt built its OpenStack platform in-house.", "contradicted"),
    ("Cloudwatt intended to give more to the OpenStack community.", "contradicted"),
])
def test_in_house_and_giving_less(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy took in €6M between January and September 2013.", "contradicted"),
    ("Cloudwatt was aiming for a one-in-ten slice of France's public cloud market.", "supported"),
])
def test_takings_over_a_range_of_months_and_a_hyphenated_proportion(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Numergy's CEO said …" credits the heads the database gives Numergy; another voice's judgement
    # in words (Cacheux's « ventes très largement en deçà des objectifs ») does not contradict his words.
    ("In 2014, Numergy's CEO said revenue was on track to reach six million euros that year.", "supported"),
    ("Numergy was on track to reach 16 million euros in 2014.", "contradicted"),
])
def test_a_speaker_credited_by_title_and_on_track(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A figure in brackets after a name is that holder's own; the sum is the other figure.
    ("Between them, Orange (44.4%) and Thales (22.2%) held two-thirds of Cloudwatt.", "supported"),
    ("Between them, Orange (44.4%) and Thales (22.2%) held three quarters of Cloudwatt.", "contradicted"),
    ("Between them, Orange (40%) and Thales (22.2%) held two-thirds of Cloudwatt.", "contradicted"),
])
def test_a_sum_beside_each_holders_own_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The stake a holder sold is not confirmed by the stake it held.
    ("When Numergy's shareholders changed in April 2014, the Caisse des Dépôts sold its 33.3% stake at the same "
     "time.", "unverified"),
    ("SFR, qui détenait 47 % de Numergy, a été cédé à Altice pour 13,5 milliards d'euros.", "supported"),
])
def test_a_stake_sold_is_no_stake_held(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_stake_kept_under_a_buyout_plan(checker):
    # "keep its … stake", "keep its … of" cue holding; the stake Orange planned to buy was not to be kept.
    assert verdict(checker, "Under Orange's plan, Thales would keep its 22.2% of Cloudwatt.") == "contradicted"


def test_an_apposition_between_a_speaker_and_the_credit_word(checker):
    # "Philippe Tavernier, Numergy's chief executive, said …" credits Tavernier: Cacheux's judgement does not
    # contradict his words.
    result = checker.check("Philippe Tavernier, Numergy's chief executive, said revenue was on track for €6m that year.")
    assert result.verdict != "contradicted"


@pytest.mark.parametrize("text, expected", [
    # A cause or consequence the statement adds is settled only by the source's words; a name the
    # supporting claim compared, inside it, does not make it said.
    ("Orange bought out its partners in Cloudwatt because Cloudwatt had run out of money.", "unverified"),
    ("À cause de grèves répétées, Cloudwatt n'a réalisé que 2 millions d'euros de chiffre d'affaires en 2014.",
     "unverified"),
    ("Teddy Riner's campaign for Cloudwatt led to a wave of new customers.", "unverified"),
    ("Cloudwatt a réalisé 2 millions d'euros de chiffre d'affaires en 2014.", "supported"),
])
def test_a_cause_or_consequence_the_sources_do_not_give(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Naming who the source has say something in words finds it, though the subject goes unnamed.
    ("Didier Renard blamed the Cloudwatt Box for eating up resources and blurring the message.", "supported"),
    ("Didier Renard a reproché à la Cloudwatt Box d'avoir semé la confusion sur le marché.", "supported"),
    # A figure or a relation said by someone still needs its own names.
    ("Green.ch is one of the Cloud Team Alliance's six members.", "unverified"),
])
def test_a_speaker_finds_the_words_the_source_has_them_say(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Verbs of summing make one figure of several holders'.
    ("SFR et Bull cumulaient 67 % du capital de Numergy.", "supported"),
    ("SFR et Bull cumulaient 80 % du capital de Numergy.", "contradicted"),
    # « le reste » after a determiner is the remainder, not « resté » (kept).
    ("Capital de Cloudwatt : Orange 44,4 %, Thalès 22,2 %, le reste pour la CDC.", "supported"),
    # A proposal in the present tense is a proposal, not a launch.
    ("En mars 2013, Numergy soumet à ses actionnaires son projet de plate-forme OpenStack.", "supported"),
])
def test_sums_remainders_and_proposals(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A cue of words (a goal) leaves a figure in the claim's unit to the claim that can hold it.
    ("Numergy is aiming at 15% of the French public cloud by 2020.", "supported"),
    ("For 2020, Cloudwatt aims for a 10% market share.", "contradicted"),
])
def test_a_figure_beside_a_goal_and_a_date_of_the_other_side(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_date_after_another_name_before_the_subject_is_the_others(checker):
    # Cloudwatt's 10 % target is for 2017; the 2020 is Numergy's. (The ratio is not read yet.)
    text = "Numergy's market-share goal for 2020 (15%) is one and a half times Cloudwatt's 10% target."
    assert verdict(checker, text) != "contradicted"


@pytest.mark.parametrize("text, expected", [
    # "When E, S": S is dated by the event the claims date.
    ("When Orange announced that it would buy out Thales and the CDC, Patrick Starck still ran Cloudwatt.",
     "contradicted"),
    ("When Orange announced that it would buy out Thales and the CDC, Didier Renard ran Cloudwatt.", "supported"),
    # What ends in the opening clause is that clause's: the partnership's date is still its start.
    ("Once Orange had pulled out, SFR allied with Dassault Systèmes in June 2012.", "contradicted"),
])
def test_a_state_dated_by_the_event_it_held_at(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A percentage of another figure the statement gives, both confirmed: the statement's own arithmetic.
    ("Cloudwatt's 2017 revenue target of €200m was 40% of its original €500m ambition.", "supported"),
    ("Cloudwatt's 2017 revenue target of €200m was 60% of its original €500m ambition.", "contradicted"),
    ("L'objectif de 200 M€ de Cloudwatt pour 2017 ne vaut que deux cinquièmes des 500 M€ visés au départ.",
     "supported"),
])
def test_a_percentage_of_another_stated_figure(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "a 10% share" is no level a change left ("to 10%" would be).
    ("Cloudwatt now targets €200m of revenue for 2017 and a 10% market share, down from €500m before.", "supported"),
    # A fronted participle shares the main clause's subject, and its own date picks its claim.
    ("After joining forces with SFR in February 2012, Dassault Systèmes left the rival project two months later.",
     "supported"),
    # An order that holds does not make the rest of the statement true.
    ("After leaving Andromède, Dassault Systèmes teamed up with Bull rather than SFR.", "contradicted"),
])
def test_orders_around_fronted_participles(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_list_closed_by_and_does_not_run_on_after_a_comma(checker):
    # "backed by Orange and Thales, and Numergy, …": Numergy starts the next coordination, it backs nothing.
    text = "Cloudwatt, backed by Orange and Thales, and Numergy, backed by SFR and Bull, both started in 2012."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # A start in the present tense, as in timelines.
    ("April 2014: Patrick Starck takes over as head of Cloudwatt", "contradicted"),
    ("April 2014: Didier Renard takes over as head of Cloudwatt", "supported"),
    # A merger said to have succeeded, which the source says was dropped.
    ("Axelle Lemaire managed to merge Cloudwatt and Numergy.", "contradicted"),
])
def test_present_tense_starts_and_a_merger_carried_through(checker, text, expected):
    assert verdict(checker, text) == expected


def test_how_long_after_in_a_reports_name_is_no_fact(checker):
    # "two years on" names the review; it is no duration of the launch.
    assert verdict(checker, "Sovereign cloud two years on (a summary): Cloudwatt and Numergy were launched "
                            "in September 2012.") == "supported"


def test_a_claim_cued_only_in_a_relative_clause_takes_no_figure_outside_it(checker):
    # "which Orange proposed to buy": the 22.2 % is Thales's stake, not the share of Cloudwatt Orange was to buy.
    text = "Thales's stake in Cloudwatt, which Orange proposed to buy, stood at 22.2 percent."
    assert verdict(checker, text) == "supported"


@pytest.mark.parametrize("text, expected", [
    # A percentage of named holders' shares is a fraction of their holdings, not a stake in the company.
    ("Orange planned to buy 100% of the Thales and Caisse des Dépôts shares in Cloudwatt.", "supported"),
    # "no other …", « aucune autre … »: the one named is excepted, not denied.
    ("Apart from Teddy Riner, Cloudwatt hired no other celebrity for its campaigns.", "unverified"),
    # A speaker's affiliation before the credit, and the outlet told: the words are still the speaker's.
    ("Jean-François Colin of Orange Cloud for Business admitted to Clubic Pro that Cloudwatt had a slow start.",
     "supported"),
])
def test_holdings_exceptions_and_speakers_with_their_affiliation(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The words naming the article a sentence credits are no part of the fact.
    ("L'article sur le rachat de Cloudwatt par Orange rappelle qu'Axelle Lemaire avait songé à rapprocher "
     "Cloudwatt et Numergy.", "supported"),
    ("La société Cloudwatt a disparu en 2016, mais son nom a survécu pour l'offre de cloud public d'Orange "
     "Cloud for Business.", "supported"),
    ("Le nom Cloudwatt n'a pas survécu au rachat.", "contradicted"),
])
def test_a_crediting_subject_and_a_name_that_survived(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "not as large as" compares the other way; it denies nothing.
    ("Bull's stake in Numergy was not as large as Thales's stake in Cloudwatt.", "supported"),
    ("SFR's stake in Numergy was not as large as Orange's stake in Cloudwatt.", "contradicted"),
])
def test_a_negated_equative_is_a_comparison(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tavernier was counting on €6m of revenue for Numergy in 2014.", "supported"),
    ("Cloudwatt told L'Usine digitale that the French market was smaller than it had expected.", "supported"),
])
def test_forecasts_counted_on_and_a_market_smaller_than_expected(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A fraction of the figure another claim of the subject gives ("not even half" is at most half).
    ("Cloudwatt's €200m revenue goal for 2017 was not even half of the figure it had set two years before.",
     "supported"),
    ("Cloudwatt's €200m revenue goal for 2017 was not even a third of the figure it had set two years before.",
     "contradicted"),
    ("Cloudwatt's 2017 revenue goal was less than half of the €500m it had been aiming for before.", "supported"),
])
def test_a_fraction_of_the_figure_another_claim_gives(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A company described by a nationality only one company has in the claims is that company.
    ("The Luxembourg group paid €13.5bn for SFR.", "supported"),
    ("Le groupe luxembourgeois a racheté SFR en 2016.", "contradicted"),
    ("Numergy was in talks with a Swiss operator.", "supported"),
    # After a copula the description says what the subject is; a nationality shared by several names nothing.
    ("Numergy is a Luxembourg company.", "contradicted"),
    ("An American company bought eNovance.", "unverified"),
])
def test_a_company_described_by_its_nationality(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Read whole, the date of the first item reached the others; each item says all it says with the heading.
    ("Numergy : créée en 2012 ; actionnaires SFR et Thales ; président Philippe Tavernier", "contradicted"),
    ("Cloudwatt: created 2012; owners Orange, Thales, CDC; Orange stake 47%", "contradicted"),
    ("Numergy : créée en 2012 ; actionnaires SFR, Bull et la CDC", "supported"),
])
def test_notes_under_a_heading_are_claims_each(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A qualifier's party is contradicted only after a word that leads to it in the source's words.
    ("Dassault a quitté Andromède suite à des désaccords avec Thalès.", "contradicted"),
    ("Dassault Systèmes had already walked out of the Andromède consortium by the time SFR brought Bull on board.",
     "unverified"),
    # 'only' says nothing against a value named by its parent company.
    ("Cloudwatt only became profitable in 2019, after being folded into Orange.", "unverified"),
    # 'its 22.2%' is Thales's stake, not a figure of Cloudwatt's own.
    ("Thales sold its 22.2% of Cloudwatt because it wanted to refocus on defence.", "unverified"),
    # The founders in an aside are not where the value is; the aside's date is the launch's.
    ("Cloudwatt, created by Orange and Thales in 2012, was folded into Orange Business Services in 2015.",
     "unverified"),
    ("Cloudwatt, created by Orange and Thales in 2012, was folded into SFR in 2015.", "contradicted"),
])
def test_a_figure_date_or_party_goes_to_the_phrase_it_stands_in(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The clause a frame calls false is checked denied; what follows it, asserted.
    ("It is false that Cloudwatt expected to turn a profit by 2016; it saw itself profitable between 2018 and 2020.",
     "supported"),
    ("It is false that Orange bought Cloudwatt.", "contradicted"),
    ("Non, il est faux de dire que Numergy a été créé en 2010.", "supported"),
    ("It is false that Numergy was founded in 2010; it was founded in 2014.", "contradicted"),
    ("It is false that Numergy was hosted in Iceland.", "unverified"),
])
def test_a_denial_frame_turns_its_clause_over(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Chacune des deux sociétés a reçu la moitié des 150 millions d'euros d'argent public.", "supported"),
    ("Andromède was supposed to draw roughly a third of the €4.5bn Grand emprunt.", "contradicted"),
])
def test_a_fraction_of_a_figure_is_that_share_of_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Orange held 44.4% of Cloudwatt and Thales held the rest.", "contradicted"),
    ("Thales held the controlling stake in Cloudwatt.", "contradicted"),
    ("SFR était l'actionnaire de référence de Numergy.", "supported"),
])
def test_ownership_words_the_rest_and_control(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Numergy était détenu à parts égales par SFR et Bull.", "contradicted"),
    ("Thales and the CDC held equal stakes in Cloudwatt.", "contradicted"),
    ("Cloudwatt and Numergy received the same amount of public money.", "supported"),
])
def test_two_figures_said_to_be_equal(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The source names Cloudwatt's one host: another operator is wrong (another place is wrong too, not by
    # the list but as a place where the claim's place is: see test_another_place_for_a_hosted_fact).
    ("Cloudwatt's servers were housed in an SFR data centre.", "contradicted"),
    ("Cloudwatt's servers are hosted in Montpellier.", "contradicted"),
    # A list given in full for a first stage only, a part of a listed name, a comparison: left alone.
    ("Numergy's own OpenStack platform was hosted in Bull's data centres.", "unverified"),
    ("Numergy started out on SFR Business Team's VMware-based platform, hosted in the operator's data centres.",
     "supported"),
    ("Numergy operated more data centres than Cloudwatt.", "unverified"),
])
def test_another_name_where_the_source_gives_the_whole_list(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Le projet Andromède devait initialement associer Orange, Thalès et SFR.", "contradicted"),
    ("The Andromède plan originally called for a single company uniting Orange, Thalès and Dassault Systèmes.",
     "supported"),
])
def test_consortium_members_united_or_associated(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A demonym after a copula says the company's country, past an aside too.
    ("Altice, the group that bought SFR, is Belgian.", "contradicted"),
    ("Altice est luxembourgeois.", "supported"),
    # « trois géants français : Orange, Thalès et Dassault Systèmes »
    ("Andromède was to bring together Orange, Thales and the American software firm Dassault Systèmes.",
     "contradicted"),
    ("Numergy est une société basée au Luxembourg.", "contradicted"),
])
def test_a_companys_country_said_as_a_predicate(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The gap between two figures: in points or the unit, or as a share of the smaller one.
    ("Thales held 2.2 points more of Cloudwatt than Bull held of Numergy.", "supported"),
    ("Thales held 5 points more of Cloudwatt than Bull held of Numergy.", "contradicted"),
    ("Dans Numergy, SFR détenait 14 points de plus que la Caisse des Dépôts (47 % contre 33 %).", "supported"),
    ("Orange's holding in Cloudwatt was a third larger than the Caisse des Dépôts' holding.", "supported"),
    ("Cloudwatt's 2017 revenue goal was €100 million lower than its earlier target.", "contradicted"),
    # A gap is no level: "€300 million lower" is not the goal.
    ("Cloudwatt's revenue goal for 2017 ended up €300 million lower than the figure it had announced two years "
     "earlier.", "unverified"),
])
def test_the_gap_between_two_figures(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the consortium" stands for whichever name the statement gives has such an event: Andromède's announcement.
    ("Dassault Systèmes walked out of Andromède about six months after the consortium was announced.", "contradicted"),
    ("Dassault Systèmes walked out of Andromède three months after the consortium was announced.", "supported"),
])
def test_an_event_of_a_description_dates_another(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « ces deux participations » are the two named before, not a count of Cloudwatt's holders.
    ("Orange compte racheter les participations de Thalès et de la Caisse des Dépôts dans Cloudwatt. Orange "
     "débourserait environ 40 millions d'euros pour ces deux participations.", "unverified"),
    # Another name in the subject's clause but away from the hosting cue is not where the host goes.
    ("In July 2015 the French state entrusted Cloudwatt with its IT services. Cloudwatt keeps all its data in "
     "France.", "supported"),
])
def test_a_few_named_before_and_a_name_away_from_the_cue(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La Cloudwatt Box n'a jamais été lancée : le projet a été abandonné avant sa sortie.", "contradicted"),
    ("The Cloudwatt Box never launched.", "contradicted"),
])
def test_an_event_denied_without_naming_who_did_it(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « Les présidents de Numergy et Cloudwatt … étaient présents »: who attended the Partner VIP conference.
    ("The heads of both Numergy and Cloudwatt attended a conference at Paris La Défense on 20 November 2012.",
     "supported"),
    ("Philippe Tavernier a participé à la conférence Partner VIP le 20 octobre 2012.", "contradicted"),
    # A cued-only relation: the conference as the setting of what is said confirms nothing of it.
    ("At the Partner VIP conference in La Défense in November 2012, Philippe Tavernier said Numergy would serve the "
     "public sector only.", "contradicted"),
])
def test_who_attended_an_event(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # What Dassault did next after leaving Andromède: the earliest partnership the sources date after it.
    ("After quitting Andromède, Dassault Systèmes teamed up with Bull.", "contradicted"),
    ("Après avoir quitté Andromède, Dassault Systèmes s'est allié à Bull.", "contradicted"),
    ("After quitting Andromède, Dassault Systèmes teamed up with SFR.", "supported"),
])
def test_what_came_next_after_an_event(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dassault Systèmes slammed the door on Andromède at the end of December 2011 and then joined forces with Bull.",
     "contradicted"),
    ("Dassault Systèmes slammed the door on Andromède at the end of December 2011 and then joined forces with SFR.",
     "supported"),
])
def test_what_came_next_after_then(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A nationality glued to a name is said of it, whatever else the word matches ("in talks with Germany").
    ("Numergy held talks with the German host Green.ch.", "contradicted"),
    ("Numergy held talks with the Swiss host Green.ch.", "supported"),
    # A law's country (`law_noun`), and a demonym after « du ».
    ("The Patriot Act is a Canadian law.", "contradicted"),
    ("Le Patriot Act est une loi américaine.", "supported"),
    ("Numergy a démarré sur les technologies du britannique VMware.", "contradicted"),
    # A country the database gives no claim of is unsettled.
    ("eNovance was bought by the Californian firm Red Hat... the American company Red Hat.", "unverified"),
    # The opening name after a possessive noun holds the predicate past its aside.
    ("SFR's buyer Altice, Numericable's parent, is a Swiss group.", "contradicted"),
    # A nationality of a possessor: "the French group's division" says nothing of the division.
    ("In 2015 Cloudwatt was folded into Orange Business Services, the French group's business unit.", "supported"),
])
def test_nationalities_said_of_names(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Each end of a change between two periods is a level of its own period.
    ("Numergy expected its revenue to climb from €2m in the first nine months of 2013 to €6m in 2014.", "supported"),
    ("Numergy expected its revenue to climb from €2m in the first nine months of 2013 to €9m in 2014.",
     "contradicted"),
    ("Le chiffre d'affaires de Cloudwatt a grimpé de 2 M€ en 2013 à 6 M€ en 2014.", "contradicted"),
    # A ratio between the ends is the whole's to settle, larger end after "to".
    ("Cloudwatt planned to triple its VM count, from 10,000 in December 2014 to 30,000 in 2015.", "supported"),
    ("Cloudwatt planned to double its VM count, from 10,000 in December 2014 to 30,000 in 2015.", "contradicted"),
])
def test_a_change_between_two_periods_is_read_end_by_end(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A place said to be where the claim's unnamed place is, neither around nor inside it, disagrees
    # even beside a name the claim gives ("an Orange data centre").
    ("The servers of Cloudwatt are in an Orange data centre in Brittany.", "contradicted"),
    ("Les serveurs de Cloudwatt sont dans un centre de données d'Orange près de Lyon.", "contradicted"),
    # A place around another place the sources give for the same fact agrees.
    ("The servers of Cloudwatt are in an Orange data centre in Normandy.", "supported"),
])
def test_another_place_for_a_hosted_fact(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The State's IT services go to one provider (`it-managed-by`): another is wrong.
    ("In July 2015 the French State entrusted the running of its IT services to Numergy.", "contradicted"),
    ("L'État a confié la gestion de ses services informatiques à Cloudwatt en juillet 2015.", "supported"),
    # « n'a confié aucun … »: the « ne » before the verb denies it; an opening 'After …,' phrase sets the scene.
    ("Après son retrait du capital, l'État n'a confié aucune gestion informatique à Cloudwatt.", "contradicted"),
    # « ne se limite pas » is still "not only".
    ("Numergy ne se limite pas au secteur public : elle vise aussi les PME.", "supported"),
])
def test_the_states_it_services_and_a_negation_after_the_verb(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A short opening date before 'after' dates the main clause; the order word is still fronted.
    ("En 2015, après une procédure de sauvegarde, SFR a repris la totalité de Numergy.", "supported"),
    # Words naming no one are the event of another name the statement gives, before the other side's verb
    # (no safeguard of SFR's: Numergy's, in 2015, not SFR's sale to Altice in April 2014).
    ("After safeguard proceedings in 2015, SFR took over all of Numergy.", "supported"),
])
def test_an_order_word_after_an_opening_date(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A source's "2012" holds a month without confirming it; another's September 2012 contradicts it: no dispute.
    ("Numergy and Cloudwatt were both set up in March 2012.", "contradicted"),
    ("Numergy and Cloudwatt were both set up in September 2012.", "supported"),
])
def test_a_coarser_source_date_does_not_dispute_a_precise_one(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « prendre la succession de », "take the place of": a light verb and its noun have a voice to read.
    ("Didier Renard prend la succession de Patrick Starck chez Cloudwatt.", "supported"),
    ("Patrick Starck prend la succession de Didier Renard chez Cloudwatt.", "contradicted"),
    ("At Cloudwatt, Patrick Starck took the place of Didier Renard.", "contradicted"),
])
def test_a_light_verb_cue_is_read_with_its_voice(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A holder named before the cue in the value's place, where the source's holders make the whole.
    ("Dassault Systèmes became a Numergy shareholder.", "contradicted"),
    ("Dassault Systèmes was never a Numergy shareholder.", "supported"),
    # Not a name further off in another clause.
    ("Numergy changed shareholders before it was Cloudwatt's turn.", "unverified"),
    # "pitched itself as": how a company presents itself, no proposal (`not_cued_before`).
    ("In 2012 Numergy pitched itself as the main French rival to Amazon and Google.", "supported"),
])
def test_an_outsider_holder_in_the_values_place(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « pas … avant la période 2018-2020 »: a bound before a period named as such.
    ("Cloudwatt ne compte pas être rentable avant la période 2018-2020.", "supported"),
    # A name kept (« restant », "surviving") beside a company that disappeared: no name dropped.
    ("Cloudwatt a disparu en tant que société, son nom restant celui d'une offre d'Orange Cloud for Business.",
     "supported"),
])
def test_a_bound_before_a_period_and_a_name_that_remains(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # The parts of a total in brackets after it are read as its parts, not as a figure each.
    ("Between them Orange and Thales held two thirds of Cloudwatt (44.4% + 22.2%).", "supported"),
    ("Between them Orange and Thales held half of Cloudwatt (44.4% + 22.2%).", "contradicted"),
])
def test_a_total_with_its_parts_in_brackets(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A rank denied: the holder's place is checked, then turned over.
    ("The Caisse des Dépôts was not Cloudwatt's largest shareholder.", "supported"),
    ("La Caisse des Dépôts n'était pas l'actionnaire majoritaire de Numergy.", "supported"),
    ("SFR was not Numergy's largest shareholder.", "contradicted"),
])
def test_a_denied_rank(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_rate_of_growth_is_no_share(checker):
    # "by 25% a year": how much it grew (the « a » of "a year" is no French « à » of a range's end).
    assert verdict(checker, "Demand for Cloudwatt rose by 25% a year after Orange bought it.") == "unverified"


@pytest.mark.parametrize("text, expected", [
    # An object named only in what the act was for is not what was launched.
    ("Both joint ventures went live in September 2012, with a remit to rent out IT infrastructure (IaaS).",
     "supported"),
    # A thing the subject owns did it, not the subject: no creation of Cloudwatt.
    ("Cloudwatt's IaaS offer was launched in September 2012.", "contradicted"),
    ("Cloudwatt's Île-de-France data centre went live in 2016.", "unverified"),
    ("Cloudwatt's launch was in September 2012.", "supported"),
    # The event of an ordered pair is the one naming the most of its words (the IaaS launch, not the creation).
    ("Cloudwatt launched the Cloudwatt Box about six months after its OpenStack IaaS offer went live.",
     "contradicted"),
])
def test_what_was_launched(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # What one was sent in to do is an aim, not a state of the company ("his job was to get … back on track").
    ("When Didier Renard came in, his job was to get Cloudwatt back on track.", "supported"),
    ("Didier Renard's goal was to sell Cloudwatt.", "unverified"),
    # A wrong start date of a second fact is hard evidence, not settled by an undated aim beside it.
    ("Didier Renard, arrivé à la tête de Cloudwatt en janvier 2014, avait pour mission de remettre l'entreprise "
     "sur les rails.", "contradicted"),
])
def test_an_aim_and_a_misdated_second_fact(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "The former" stands for the first of the two named last, "the latter" for the second.
    ("Cloudwatt was backed by Orange and Thales. The former held 44.4% of its capital.", "supported"),
    ("Cloudwatt was backed by Orange and Thales. The latter held 44.4% of its capital.", "contradicted"),
    # …also as a possessive inside the sentence, of two names joined.
    ("The heads of Numergy and Cloudwatt both spoke at the Partner VIP conference in Paris La Défense on "
     "20 November 2012. Philippe Tavernier, the former's president, insisted that its vocation was European.",
     "supported"),
    ("The heads of Numergy and Cloudwatt both spoke at the Partner VIP conference. Philippe Tavernier, the "
     "latter's president, insisted that its vocation was European.", "contradicted"),
    # A description stands for the name of its kind (`kinds`); "the latter" mid-sentence too.
    ("Cloudwatt was backed by Orange and Thales. The operator held 44.4% of the company and the latter 22.2%, "
     "with the Caisse des Dépôts owning the remaining 33.3%.", "supported"),
    ("Cloudwatt was backed by Orange and Thales. The operator held 22.2% of the company.", "contradicted"),
    # "lost its partner" ends the partnership: the date is its end, not its start.
    ("SFR lost its partner Dassault in spring 2012.", "unverified"),
])
def test_the_former_and_the_latter(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # Each sentence is read in the passage so far: "its", « en » are the first sentence's subject's.
    ("Numergy had two industrial shareholders, SFR and Bull. The latter was its largest shareholder.",
     "contradicted"),
    ("Numergy avait deux actionnaires industriels, SFR et Bull. Ce dernier en était l'actionnaire majoritaire.",
     "contradicted"),
    ("Numergy had two industrial shareholders, SFR and Bull. The former was its largest shareholder.", "supported"),
    # « débarquer » at the head of a company dates the start of the role.
    ("Didier Renard débarque à la tête de Cloudwatt en septembre 2014.", "contradicted"),
])
def test_a_sentence_read_in_its_passage(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X, not Y": the contrastive "not" denies only what follows it.
    ("Large corporations, not SMEs, make up the real French IaaS market.", "contradicted"),
    ("Le vrai marché de l'IaaS en France, ce sont les grands comptes, pas les PME.", "contradicted"),
    ("The real French IaaS market is SMEs, not large corporations.", "supported"),
])
def test_a_contrastive_not(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A value said of two names joined is said of each: Altice bought SFR, not Bull.
    ("SFR and Bull were both bought by Altice.", "contradicted"),
    ("SFR et Bull ont tous deux été rachetés par Altice.", "contradicted"),
    ("SFR and Bull were bought by Altice and Atos respectively.", "supported"),
    # A comma after an opening phrase joins nothing.
    ("Lâché par Dassault, SFR s'allie à Bull en mai 2012", "supported"),
])
def test_a_value_said_of_two_names_joined(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Neither X nor Y <verb>": the verb right after is denied of each.
    ("Neither Orange nor Thales held shares in Cloudwatt.", "contradicted"),
    ("Neither Numergy nor Cloudwatt meant to confine itself to the public sector.", "supported"),
    # …unless a word of the property's exclusive values takes the denial (they would sell).
    ("If Orange's plan went through, neither Thales nor the Caisse des Dépôts would remain shareholders of "
     "Cloudwatt.", "supported"),
])
def test_neither_nor_denies_the_verb_of_each(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # One holder ranked in each of several subjects: each place is read on its own.
    ("The Caisse des Dépôts held a majority of the capital in each of the two companies.", "contradicted"),
    ("The Caisse des Dépôts was the majority shareholder of both companies.", "contradicted"),
    # The rank said of another in its clause: the CDC is placed second, not first.
    ("In both companies the biggest shareholder was a telecoms operator, with the Caisse des Dépôts in second "
     "place.", "supported"),
])
def test_a_rank_in_each_of_several_subjects(checker, text, expected):
    assert verdict(checker, text) == expected


def test_words_naming_the_piece_that_credits_are_not_the_fact(checker):
    # "buyout" names the article, not what happens to the stakes.
    assert verdict(checker, "The article on Orange's buyout plan says Thales and the Caisse des Dépôts would keep "
                            "their shares in Cloudwatt.") == "contradicted"


def test_what_names_the_piece_cues_no_fact(checker):
    # "takeover" names the article; it says nothing of who bought Numergy.
    assert verdict(checker, "The piece on Orange's takeover of Cloudwatt says digital affairs minister Axelle "
                            "Lemaire had at one point considered merging Cloudwatt and Numergy.") == "supported"


def test_a_piece_named_by_its_title_counts_from_no_event(checker):
    # 'Un an après' is the article's title, not "a year after" the safeguard proceedings.
    assert verdict(checker, "Clubic Pro's 2016 'Un an après' article says Numergy was put into safeguard "
                            "proceedings in 2015 and bought out by SFR.") != "contradicted"


@pytest.mark.parametrize("text, expected", [
    # "for the year", "that year": the year of the date given before.
    ("In September 2014, Numergy's CEO said he expected revenue of EUR 6 million for that year.", "supported"),
    ("In September 2014 Numergy's boss forecast only €2 million of revenue for the year.", "contradicted"),
    # …one date said twice for a ratio's side.
    ("In 2014 Numergy forecast €6m in revenue for the year, three times the €2m it made in the first nine months "
     "of 2013.", "supported"),
    ("Numergy was forecasting roughly €6m of revenue for 2014.", "supported"),
])
def test_that_year(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A second sentence that nothing settles leaves the statement unverified.
    ("Didier Renard became head of Cloudwatt in April 2014. He had previously been an executive at Orange "
     "Business Services.", "unverified"),
    ("Green.ch is a Swiss operator. Numergy signed a formal partnership agreement with it in 2014.", "unverified"),
    # « Celle-ci » after a product: the product.
    ("En octobre 2013, Cloudwatt a sorti la Cloudwatt Box. Celle-ci, conçue comme une rivale de Dropbox, visait "
     "aussi bien les particuliers que les entreprises.", "supported"),
    # A question asserts nothing.
    ("Les serveurs de Cloudwatt ? Ils sont hébergés chez Orange, à Val-de-Reuil, en Normandie.", "supported"),
])
def test_each_sentence_of_a_statement_is_settled(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # A cleft's name acts; the topic set before it undergoes (« Numergy, c'est Orange qui le rachète »).
    ("Numergy, en 2015, c'est Orange qui le rachète, à cent pour cent.", "contradicted"),
    ("Numergy, en 2015, c'est SFR qui le rachète, à cent pour cent.", "supported"),
    # The comma after an opening phrase opens no aside.
    ("En 2012, bon, le président de Numergy, c'était Patrick Starck, hein.", "contradicted"),
    # "hosts such as OVH": a kind of firm, not who hosts whom.
    ("Established French hosts such as OVH, Gandi and Ikoula saw the two state-backed clouds as needless extra "
     "competition.", "unverified"),
])
def test_spoken_french_and_kinds_of_firms(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "was running", "been running" a company: its head; not "up and running", "running behind".
    ("Patrick Starck, who had been running Cloudwatt for three years, was replaced by Didier Renard.",
     "contradicted"),
    ("Numergy's own OpenStack platform was up and running in H2 2013.", "contradicted"),
])
def test_running_a_company(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # « pendant un trimestre »: three months; « développé … en neuf mois »: how long it took.
    ("Numergy a développé sa plateforme OpenStack en neuf mois, puis l'a testée pendant un trimestre avec clients "
     "et partenaires.", "supported"),
    ("Numergy tested its platform for two quarters.", "contradicted"),
    # The subject set apart by « à la différence de » is no outsider holder of the other company.
    ("À la différence de Numergy, adossé à SFR et à Bull, Cloudwatt avait pour actionnaires industriels Orange et "
     "Thales.", "unverified"),
])
def test_quarters_as_durations_and_a_subject_set_apart(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "the whole of 2013": nine months of it do not settle the year; a bare "2013" is as precise as the source.
    ("Numergy's revenue for the whole of 2013 came to €2 million.", "unverified"),
    ("Numergy's full-year 2013 revenue was €2 million.", "unverified"),
    ("Numergy's 2013 revenue was €2 million.", "supported"),
])
def test_the_whole_of_a_year(checker, text, expected):
    assert verdict(checker, text) == expected


def test_a_role_noun_in_apposition_is_an_aside(checker):
    # ", coactionnaire de Numergy,": said of Bull; the buyer is the one after « par ».
    assert verdict(checker, "Bull, coactionnaire de Numergy, a été racheté par Capgemini.") == "contradicted"
    assert verdict(checker, "Bull, coactionnaire de Numergy, a été racheté par Atos.") == "supported"


@pytest.mark.parametrize("text, expected", [
    # « apporter » money: public funding.
    ("La Caisse des Dépôts a apporté 75 M€ à Numergy, comme à Cloudwatt.", "supported"),
    ("La CDC a apporté 150 millions d'euros à chacun des deux clouds souverains, soit 300 millions au total.",
     "contradicted"),
])
def test_money_brought_in(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "X as its new partner": X is what the owner of "its" takes, not who acts.
    ("In May 2012 SFR announced Thales as its new partner for the sovereign cloud.", "contradicted"),
    ("In May 2012 SFR announced Bull as its new partner.", "supported"),
])
def test_a_name_as_its_partner(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Numergy's Philippe Tavernier": who he is, settled when a claim links them; not so for a stranger.
    ("In November 2012 Patrick Starck was Cloudwatt's president, the counterpart of Numergy's Philippe Tavernier.",
     "supported"),
    ("In November 2012 Patrick Starck was Cloudwatt's president, the counterpart of Numergy's Didier Renard.",
     "unverified"),
])
def test_a_person_named_with_an_organisation_linked_to_them(checker, text, expected):
    assert verdict(checker, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "at the top of" a company: its head.
    ("Philippe Tavernier was at the top of Numergy both in November 2012 and in September 2014.", "supported"),
    ("Patrick Starck was at the top of Numergy in 2012.", "contradicted"),
])
def test_at_the_top_of_a_company(checker, text, expected):
    assert verdict(checker, text) == expected
