//! Tests of the quote reader: direct and reported speech, cues and speakers.

use crate::analysis::{analyze_text, ActorKind, Analysis, QuoteKind};

/// The speaker's name of the quote of `kind` whose text holds `part`; `Err` when no such
/// quote was found, `Ok(None)` when it has no speaker.
fn speaker_of(a: &Analysis, kind: QuoteKind, part: &str) -> Result<Option<String>, String> {
    let q = a
        .quotes
        .iter()
        .find(|q| q.kind == kind && q.text.contains(part))
        .ok_or_else(|| format!("no {kind:?} quote with {part:?}: {:?}", a.quotes))?;
    Ok(q.speaker
        .and_then(|s| a.actors.get(s.0))
        .map(|x| x.name.clone()))
}

fn direct(text: &str, part: &str) -> Option<String> {
    speaker_of(&analyze_text(text, None), QuoteKind::Direct, part).unwrap_or_else(|e| panic!("{e}"))
}

fn indirect(text: &str, part: &str) -> Option<String> {
    speaker_of(&analyze_text(text, None), QuoteKind::Indirect, part)
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn word_count_matches_split_whitespace() {
    let texts = [
        "",
        " ",
        "one",
        "one two three four five six",
        "one two three four five six seven",
        "  one\ttwo\nthree\x0bfour\x0cfive\rsix  ",
        "one two three four five six\x0bseven",
        "it’s one two three four five six",
        "one\u{a0}two three four five six seven",
        "a b c d e f g h",
    ];
    for t in texts {
        for n in 0..9 {
            assert_eq!(
                super::has_more_words(t, n),
                t.split_whitespace().nth(n).is_some(),
                "{t:?} {n}"
            );
        }
    }
}

#[test]
fn indirect_openers_are_stopwords() {
    // `Reader::may_open_indirect` compares the bytes of "to" and "according" only on
    // stopwords
    use crate::analysis::lexicon::{Facts, Lexicon};
    let lex = Lexicon::get();
    for w in ["to", "according"] {
        assert!(Facts(lex.facts_of_key(w)).has(Facts::STOPWORD), "{w}");
    }
}

#[test]
fn every_word_list_is_loaded() {
    let w = super::words();
    for list in [
        &w.between_subject_and_verb,
        &w.headline_verbs,
        &w.commitment_lemmas,
        &w.object_lemmas,
        &w.finding_lemmas,
        &w.described_starts,
        &w.shares,
        &w.not_adverbs,
        &w.introducers,
        &w.work_nouns,
        &w.after_title,
        &w.speech_nouns,
        &w.participle_hosts,
        &w.sentence_tail,
        &w.not_clause_openers,
        &w.cue_nouns_that,
        &w.cue_nouns_to,
        &w.cue_nouns_for,
        &w.cue_nouns_of,
        &w.cue_nouns_on,
        &w.question_openers,
        &w.object_prepositions,
        &w.no_object_lemmas,
        &w.clause_object_lemmas,
        &w.phrasal_cues,
        &w.thought_verbs,
        &w.described_heads,
        &w.document_verbs,
        &w.inverted_openers,
        &w.aside_adverbs,
        &w.approximators,
        &w.subject_openers,
        &w.short_object_lemmas,
        &w.medium_on_lemmas,
        &w.addressee_to_lemmas,
    ] {
        assert!(!list.is_empty());
    }
    assert!(w
        .topic_lemmas
        .get("talk")
        .is_some_and(|p| p.contains(&"about")));
    let lex = super::Lexicon::get();
    assert_eq!(lex.stance_verbs.get("championed"), Some(&"champion"));
    assert!(w.headline_verbs.contains("says"));
    assert!(super::intention_verbs().contains("wants"));
}

#[test]
fn a_verb_after_a_partial_quote_whose_sentence_goes_on_is_no_cue() {
    let text = "The council vote was \u{201c}a mistake that will cost the town dearly\u{201d} from the start, but Delia Marsh said she would keep the plan.";
    assert_ne!(
        direct(text, "a mistake").as_deref(),
        Some("Delia Marsh"),
        "the verb of a later clause is no cue"
    );
    let text = "\u{201c}It will cost the town dearly,\u{201d} as Delia Marsh said on Monday.";
    assert_eq!(
        direct(text, "cost the town").as_deref(),
        Some("Delia Marsh")
    );
    let text = "\u{201c}The town will pay for it\u{201d} for a decade, Delia Marsh said on Monday.";
    assert_eq!(direct(text, "will pay").as_deref(), Some("Delia Marsh"));
}

#[test]
fn a_bare_participle_after_a_place_hangs_on_the_clause() {
    let text = "Delia Marsh answered a question from Paul Vey on Facebook writing, \u{201c}Yes, I will fix the bridge.\u{201d}";
    assert_eq!(
        direct(text, "fix the bridge").as_deref(),
        Some("Delia Marsh")
    );
    let text = "The council apologised to Paul Vey after leaked emails showed it had lied. Delia Marsh offered \u{201c}a deep and sincere apology\u{201d} to Vey after leaked emails showed the council had misled him.";
    assert_ne!(
        direct(text, "sincere apology").as_deref(),
        Some("leaked emails")
    );
}

#[test]
fn a_title_description_after_a_sentence_about_a_person() {
    let text = "Delia Marsh, the former mayor, stressed her record on Monday.\n\nThe former mayor and state senator said it was \u{201c}a mistake that cost the town dearly\u{201d} to close the plant.";
    assert_eq!(direct(text, "a mistake").as_deref(), Some("Delia Marsh"));
    // a sentence about someone else before: no guess
    let text = "The plant closed on Monday.\n\nThe former state senator said it was \u{201c}a mistake that cost the town dearly\u{201d} to close it.";
    assert_ne!(direct(text, "a mistake").as_deref(), Some("Delia Marsh"));
    // the person after the sentence's opening phrase
    let text = "One month after backing Owen Tarrant, Sen. Delia Marsh still doubts him. \u{201c}I stand by what I said,\u{201d} the Ohio senator told reporters.";
    assert_eq!(direct(text, "I stand by").as_deref(), Some("Delia Marsh"));
    // (not a place or organisation after the comma)
    let text = "One month after the vote, the Leeds council met. \u{201c}I stand by what I said,\u{201d} the Ohio senator told reporters.";
    assert_eq!(direct(text, "I stand by"), None);
}

#[test]
fn a_verb_of_thought_in_a_reported_clause_quotes_the_reporter() {
    let text = "Delia Marsh said a lot of voters in her town would find it \u{201c}very hard to look past\u{201d} the closing of the plant.";
    assert_eq!(direct(text, "look past").as_deref(), Some("Delia Marsh"));
    let text = "Most voters in the town believe the plan is \u{201c}a disaster for everyone\u{201d} and will vote no.";
    assert_ne!(direct(text, "a disaster").as_deref(), Some("Delia Marsh"));
}

#[test]
fn adding_after_a_cue_is_that_speakers() {
    let text = "Paul Vey left early on Monday, Delia Marsh said, adding, \u{201c}He was not very religious.\u{201d}";
    assert_eq!(
        direct(text, "not very religious").as_deref(),
        Some("Delia Marsh")
    );
    let text = "Paul Vey left early on Monday, said Delia Marsh, adding, \u{201c}He was not very religious.\u{201d}";
    assert_eq!(
        direct(text, "not very religious").as_deref(),
        Some("Delia Marsh")
    );
}

#[test]
fn a_sentence_about_another_person_stops_a_carry_over() {
    let text = "\u{201c}Workers must organize,\u{201d} Paul Vey said.\n\nDelia Marsh touted her record on the bill. \u{201c}We need to protect workers who want a union.\u{201d}";
    assert_ne!(
        direct(text, "We need to protect").as_deref(),
        Some("Paul Vey")
    );
}

#[test]
fn a_quote_after_said_a_name_and_a_description() {
    let text = "The mailers went out early, said Paul Vey, a spokesman for the Tarrant campaign. \"Some candidates will have a hard time catching up.\"";
    assert_eq!(direct(text, "Some candidates").as_deref(), Some("Paul Vey"));
}

#[test]
fn a_cue_in_the_quotes_sentence_before_one_in_the_next() {
    let text = "Owen Tarrant accused the council\u{2019}s chairman, Paul Vey, of \u{201c}reckless spending on a bridge nobody wants.\u{201d} Mayor Delia Marsh said the bridge was needed.";
    assert_eq!(direct(text, "reckless").as_deref(), Some("Owen Tarrant"));
    // a quote with no cue of its own is still signed by the next sentence
    let text = "Owen Tarrant spoke first.\n\n\u{201c}We will build the bridge next year.\u{201d} Delia Marsh said it firmly.";
    assert_eq!(
        direct(text, "build the bridge").as_deref(),
        Some("Delia Marsh")
    );
}

#[test]
fn a_pronoun_after_a_speaker_and_the_person_he_met() {
    let text = "\u{201c}We have had trouble at the border,\u{201d} Owen Tarrant said after meeting Governor Paul Vey. He did not suggest new measures. \u{201c}Our goal is to talk first.\u{201d}";
    assert_eq!(direct(text, "Our goal").as_deref(), Some("Owen Tarrant"));
}

#[test]
fn straight_quotes_then_a_surname() {
    let text = "Walter Pembrook spoke on Monday.\n\n\"We will build the bridge,\" Pembrook said. \"It is time.\"";
    assert_eq!(
        direct(text, "build the bridge").as_deref(),
        Some("Walter Pembrook")
    );
    assert_eq!(
        direct(text, "It is time").as_deref(),
        Some("Walter Pembrook")
    );
}

#[test]
fn double_apostrophes_are_quotation_marks() {
    let text =
        "Walter Pembrook spoke on Monday.\n\n''We will build the bridge,'' Mr. Pembrook said.";
    assert_eq!(
        direct(text, "build the bridge").as_deref(),
        Some("Walter Pembrook")
    );
}

#[test]
fn party_and_state_after_a_name() {
    let text = "\"The bill is dead,\" Sen. Harriet Quill (D-Vt.) said.\n\nRep. Owen Tarrant (R-Ohio) said \"nothing will pass this year.\"";
    assert_eq!(
        direct(text, "bill is dead").as_deref(),
        Some("Harriet Quill")
    );
    assert_eq!(
        direct(text, "nothing will pass").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn relative_clause_between_speaker_and_verb() {
    let text = "Harriet Quill, who has endorsed Owen Tarrant, said the plan was \"a disaster for farmers.\"";
    assert_eq!(direct(text, "a disaster").as_deref(), Some("Harriet Quill"));
}

#[test]
fn participle_cue_takes_the_clause_subject() {
    let text = "In Brookfield, Harriet Quill stepped up her attacks on the plan, saying, \"It will cost us the harvest.\"";
    assert_eq!(
        direct(text, "cost us the harvest").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Owen Tarrant backed the mayor on Tuesday, saying the town needed a new school.";
    assert_eq!(
        indirect(text, "needed a new school").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn a_quote_with_its_own_unknown_cue_is_not_carried_over() {
    let text = "Harriet Quill said the plan was \"a disaster.\"\n\n\"It is fine,\" the cook said.";
    // the cook is an unnamed speaker of their own, not Harriet Quill
    assert_eq!(direct(text, "It is fine").as_deref(), Some("the cook"));
    let text =
        "Harriet Quill said the plan was \"a disaster.\"\n\n\"It is fine,\" Quill's rival said.";
    assert_eq!(direct(text, "It is fine").as_deref(), Some("Quill's rival"));
}

#[test]
fn cue_ending_the_sentence_before() {
    let text = "Harriet Quill spoke on Monday.\n\nThe town may wait until spring, Quill said. \"We need the money first.\"";
    assert_eq!(
        direct(text, "money first").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_dash_and_a_name_sign_a_quote() {
    let text = "Readers wrote to us.\n\n\u{201c}The town deserves better.\u{201d} \u{2015} Harriet Quill\n";
    assert_eq!(
        direct(text, "deserves better").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_phrase_about_the_saying_is_no_reported_clause() {
    // a participle after a quote's cue, a comparison, a time after "said"
    let text = "Harriet Quill spoke on Monday. \u{201c}The bridge is safe,\u{201d} Quill said, waving at the new cables. The toll would be $2, the council said, compared with $5 for trucks. \u{201c}It opens soon,\u{201d} Quill said this month on the radio.";
    let a = analyze_text(text, None);
    for part in ["waving at", "compared with", "on the radio"] {
        assert!(
            !a.quotes.iter().any(|q| q.text.contains(part)),
            "{part}: {:?}",
            a.quotes
        );
    }
    assert_eq!(
        direct(text, "It opens soon").as_deref(),
        Some("Harriet Quill")
    );
    // a cue after the quote's cue reports again; a finite verb goes on with the clause
    let text = "Harriet Quill spoke on Monday. \u{201c}The bridge is safe,\u{201d} Quill said, insisting that the cables would hold. The bridge, Quill said, carried ten thousand cars a day.";
    assert_eq!(
        indirect(text, "the cables would hold").as_deref(),
        Some("Harriet Quill")
    );
    assert_eq!(
        indirect(text, "carried ten thousand cars").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_title_in_quotation_marks_before_that() {
    let text = "Harriet Quill spoke on Monday. Quill told the \u{201c}Morning Show\u{201d} that the bridge would open in May.";
    assert_eq!(
        indirect(text, "the bridge would open").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_day_between_a_cue_and_its_object() {
    let text =
        "The council met on Monday. The council announced on Friday the closure of the old bridge.";
    assert_eq!(
        indirect(text, "the closure of the old bridge").as_deref(),
        Some("The council")
    );
}

#[test]
fn they_after_a_group_named_by_a_quote() {
    let text = "The bridge is unsafe, according to local engineers. They said the cables were rusted through.";
    assert_eq!(
        indirect(text, "the cables were rusted").as_deref(),
        Some("local engineers")
    );
}

#[test]
fn an_adverb_is_no_described_speaker() {
    let text = "The council met on Monday. They learned of the plan and almost immediately rejected it as unsafe.";
    let a = analyze_text(text, None);
    assert!(
        !a.actors.iter().any(|x| x.name == "almost"),
        "{:?}",
        a.actors
    );
}

#[test]
fn a_group_and_its_phrase_speak_as_a_group() {
    let text = "The bridge reopened on Monday. The cables held in the storm, lawyers for the city said. Officials in Portland said the toll would rise. Experts on bridges and tunnels said the storm could change that.";
    assert_eq!(indirect(text, "cables held").as_deref(), Some("lawyers"));
    // not Portland, the place in the phrase
    assert_eq!(
        indirect(text, "toll would rise").as_deref(),
        Some("Officials")
    );
    // a "that" ending the sentence is no conjunction
    assert_eq!(
        indirect(text, "the storm could change that").as_deref(),
        Some("Experts")
    );
}

#[test]
fn an_unnamed_actor_tried_as_a_subject_is_kept_only_if_it_speaks() {
    // "Iranian Foreign Ministry spokesman Nasser Kanaani", "the Foreign Ministry website
    // reported": descriptions tried as subjects, none of them a speaker in the end
    let a = analyze_text(
        include_str!("../../../assets/samples/iran-drones.txt"),
        None,
    );
    for actor in a.actors.iter().filter(|x| x.kind == ActorKind::Other) {
        assert!(
            a.quotes.iter().any(|q| q.speaker == Some(actor.id)),
            "{} speaks no quote",
            actor.name
        );
    }
}

#[test]
fn a_name_modifying_a_group_noun_is_not_the_speaker() {
    let text =
        "Jane Roe runs the state party. Roe campaign officials said the vote would be close.";
    assert_eq!(
        indirect(text, "the vote would be close").as_deref(),
        Some("Roe campaign officials")
    );
}

#[test]
fn aides_and_advisers_speak_as_groups() {
    let text = "Jane Roe runs the state party. Roe aides say any deal could collapse. Her advisers said the vote would be close.";
    assert_eq!(
        indirect(text, "any deal could collapse").as_deref(),
        Some("Roe aides")
    );
    assert_eq!(
        indirect(text, "the vote would be close").as_deref(),
        Some("Her advisers")
    );
}

#[test]
fn a_that_inside_the_reported_clause_is_not_its_opener() {
    let text = "Jane Roe spoke on Monday. Roe said she would not jump to that conclusion.";
    assert_eq!(
        indirect(text, "she would not jump to that conclusion").as_deref(),
        Some("Jane Roe")
    );
    // (after an object, "that" still opens the clause)
    let text = "Jane Roe spoke on Monday. Roe told the board that the plan had failed.";
    assert_eq!(
        indirect(text, "the plan had failed").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn a_that_after_another_clause_belongs_to_it() {
    // a second complement after "and", a later verb of speech, a "when" clause
    let text = "Jane Roe spoke on Monday. Roe says hackers are taking aim at officials, and that one attempt was successful.";
    assert_eq!(
        indirect(text, "hackers are taking aim at officials").as_deref(),
        Some("Jane Roe")
    );
    let text = "Jane Roe spoke on Monday. Roe accused the mayor of lying and asserted that the vote was rigged.";
    assert_eq!(
        indirect(text, "the mayor of lying").as_deref(),
        Some("Jane Roe")
    );
    // (a title in quotation marks is passed over on the way to "that")
    let text = "Jane Roe spoke on Monday. Roe said on ABC’s “This Week With Tom Tarrant” that she would run.";
    assert_eq!(indirect(text, "she would run").as_deref(), Some("Jane Roe"));
}

#[test]
fn a_speaker_before_a_time_an_aside_or_two_descriptions() {
    let text = "Jane Roe spoke. Roe on Thursday evening said the party was not in a crisis.";
    assert_eq!(
        indirect(text, "the party was not in a crisis").as_deref(),
        Some("Jane Roe")
    );
    let text = "The vote is in May. Security experts, however, said nearly every county was ready.";
    assert_eq!(
        indirect(text, "nearly every county was ready").as_deref(),
        Some("Security experts")
    );
    let text = "Jane Roe, president of the Tarrant Fund, a group allied with the mayor, said the vote would be close.";
    assert_eq!(
        indirect(text, "the vote would be close").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn people_familiar_with_the_talks_speak() {
    let text = "The deal is near. People familiar with the talks said the vote would be close.";
    assert_eq!(
        indirect(text, "the vote would be close").as_deref(),
        Some("People familiar with the talks")
    );
}

#[test]
fn a_condition_opens_the_reported_clause() {
    let text = "Jane Roe spoke on Monday. Roe said if she were elected, taxes would fall.";
    assert_eq!(
        indirect(text, "if she were elected, taxes would fall").as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn a_described_speaker_holding_a_name() {
    let text = "The vote is in May. A former DNC chairman says the leaders should act now.";
    assert_eq!(
        indirect(text, "the leaders should act").as_deref(),
        Some("A former DNC chairman")
    );
}

#[test]
fn an_inverted_cue_before_a_semicolon() {
    let text = "Candidates need about 40 percent of the vote to win, political analysts say; in 2012, the party won 27 percent.";
    assert_eq!(
        indirect(text, "Candidates need about 40 percent").as_deref(),
        Some("political analysts")
    );
}

#[test]
fn an_aside_between_dashes_after_the_speaker() {
    let text = "Harriet Quill spoke on Monday. Quill -- who has led the council since 2010 -- said the bridge would close. The plan and an aggressive - some say unrealistic - pledge made in May remain.";
    assert_eq!(
        indirect(text, "the bridge would close").as_deref(),
        Some("Harriet Quill")
    );
    // an aside about something else is no speaker's
    let a = analyze_text(text, None);
    assert!(a.quotes.iter().all(|q| !q.text.contains("made in May")));
}

#[test]
fn an_inverted_speaker_after_an_honorific() {
    let text = "Maria Gil runs the camp in Austin. The camp has drawn a loyal following, said Ms. Gil, with games and classes. It will grow next year, said Ms. Gil.";
    assert_eq!(
        indirect(text, "loyal following").as_deref(),
        Some("Maria Gil")
    );
    assert_eq!(indirect(text, "It will grow").as_deref(), Some("Maria Gil"));
}

#[test]
fn who_after_a_description_or_a_time() {
    let text = "Mitch McConnell leads the Senate. Obama dealt with McConnell, now the Senate majority leader, who in 2010 said the party's main goal was to win.";
    assert_eq!(
        indirect(text, "main goal was to win").as_deref(),
        Some("Mitch McConnell")
    );
}

#[test]
fn a_poll_before_a_participle_phrase_and_a_share_of_a_group() {
    let text = "Voters want the returns. A Quinnipiac University poll released in late August found that 74 percent of likely voters said Jane Roe should release her tax returns.";
    assert_eq!(
        indirect(text, "74 percent of likely voters said").as_deref(),
        Some("A Quinnipiac University poll")
    );
    let a = analyze_text(text, None);
    let inner = a
        .quotes
        .iter()
        .find(|q| q.text == "Jane Roe should release her tax returns")
        .and_then(|q| q.speaker)
        .and_then(|s| a.actors.get(s.0))
        .map(|x| x.name.as_str());
    assert_eq!(inner, Some("74 percent of likely voters"));
}

#[test]
fn shares_of_those_polled_speak_as_groups() {
    let text = "The poll was taken in May. Thirty-one percent of those surveyed say the tax is fair. Nearly a third say they do not know. Nine out of 10 said they paid more. Social conservatives say the bill is needed. Too many calls today still go to voicemail, reporting delays.";
    assert_eq!(
        indirect(text, "the tax is fair").as_deref(),
        Some("Thirty-one percent of those surveyed")
    );
    assert_eq!(
        indirect(text, "they do not know").as_deref(),
        Some("Nearly a third")
    );
    assert_eq!(
        indirect(text, "they paid more").as_deref(),
        Some("Nine out of 10")
    );
    assert_eq!(
        indirect(text, "the bill is needed").as_deref(),
        Some("Social conservatives")
    );
    // a quantifier is no share: "too many calls" does not report
    let a = analyze_text(text, None);
    assert!(a.quotes.iter().all(|q| !q.text.contains("delays")));
}

#[test]
fn a_cue_between_commas_reports_the_rest_of_the_sentence() {
    let text = "Harriet Quill spoke on Monday. The new bridge, Quill said, would open to traffic in May. To avoid delays, she said, local drivers should take the ferry.";
    assert_eq!(
        indirect(text, "would open to traffic").as_deref(),
        Some("Harriet Quill")
    );
    // a predicate after the cue goes with its subject before the comma
    let a = analyze_text(text, None);
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(
        texts.contains(&"The new bridge, Quill said, would open to traffic in May"),
        "{texts:?}"
    );
    // a clause with its own subject stands alone
    assert!(
        texts.contains(&"local drivers should take the ferry"),
        "{texts:?}"
    );
}

#[test]
fn inverted_cue_with_an_appositive() {
    let text =
        "The town will run out of money by June, said Harriet Quill, a lawyer for the council.";
    assert_eq!(
        indirect(text, "run out of money").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_name_holding_a_verb_form_is_not_a_cue() {
    let text = "Walter Pembrook said that the United States has become \u{201c}a nation of builders.\u{201d}";
    assert_eq!(
        direct(text, "nation of builders").as_deref(),
        Some("Walter Pembrook")
    );
}

#[test]
fn a_second_verb_shares_the_subject() {
    let text =
        "Harriet Quill toured the mill and said the town would \u{201c}never give up.\u{201d}";
    assert_eq!(
        direct(text, "never give up").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn criticism_verbs_are_cues() {
    let text = "Harriet Quill blamed the closure on \u{201c}reckless bankers.\u{201d}";
    assert_eq!(
        direct(text, "reckless bankers").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn names_of_shows_and_markup_are_not_quotes() {
    let a = analyze_text(
        "Harriet Quill appeared on \u{201c}Morning Brew.\u{201d} <tweet author=\"@hquill\">Hi</tweet>",
        None,
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn titles_of_works_are_not_quotes_even_near_a_cue() {
    let text = "Harriet Quill said on Channel Nine\u{2019}s \u{201c}Morning Brew Hour\u{201d} that the bridge was \u{201c}a fine thing.\u{201d} Her new documentary \u{201c}13th Street\u{201d} opens soon. She wore the \u{201c}Bridge the Gap\u{201d} hat. The so-called \u{201c}toll plan\u{201d} is gone.";
    let a = analyze_text(text, None);
    let direct: Vec<&str> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(direct, ["a fine thing."], "{:?}", a.quotes);
}

#[test]
fn scare_quotes_without_a_cue_are_not_quotes() {
    let text = "The \u{201c}fact-checking\u{201d} website has its critics. A group of voters chanted \u{201c}No toll!\u{201d} at the mayor.";
    let a = analyze_text(text, None);
    let direct: Vec<&str> = a
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.text.as_str())
        .collect();
    assert_eq!(direct, ["No toll!"], "{:?}", a.quotes);
}

#[test]
fn progressive_and_adverb_cues_find_their_subject() {
    let text = "Harriet Quill is telling voters that the toll is \u{201c}a tax on farmers.\u{201d}";
    assert_eq!(
        direct(text, "a tax on farmers").as_deref(),
        Some("Harriet Quill")
    );
    let text =
        "Owen Tarrant cynically dismissed the plan as \u{201c}a farce for the cameras.\u{201d}";
    assert_eq!(direct(text, "a farce").as_deref(), Some("Owen Tarrant"));
    let text =
        "Harriet Quill thanked the crowd before asking, \u{201c}Where do we go from here?\u{201d}";
    assert_eq!(
        direct(text, "Where do we go").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_quote_signed_by_the_next_sentence() {
    let text = "Owen Tarrant spoke in Brookfield.\n\n\u{201c}The bridge will open in May.\u{201d} Tarrant said. Harriet Quill left.";
    assert_eq!(
        direct(text, "bridge will open").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "\u{201c}The bridge will open in May.\u{201d} Harriet Quill was not there. Owen Tarrant said so.";
    assert_eq!(direct(text, "bridge will open"), None);
}

#[test]
fn a_quote_ending_the_paragraph_of_a_reporting_sentence() {
    let text = "Owen Tarrant, the mayor, argues that Harriet Quill had claimed the toll was fair. \u{201c}The bridge will open in May.\u{201d}\n\nThe end.";
    assert_eq!(
        direct(text, "bridge will open").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn described_and_owned_speakers() {
    let text = "Harriet Quill left early.\n\nHer aides say it is too early to talk about a race.";
    assert_eq!(indirect(text, "too early").as_deref(), Some("Her aides"));
    let text = "Harriet Quill left early.\n\nOhio\u{2019}s tax commissioner says she will return this week.";
    assert_eq!(
        indirect(text, "she will return").as_deref(),
        Some("Ohio's tax commissioner")
    );
}

#[test]
fn more_shapes_of_reported_speech() {
    // a headline in title case
    let text =
        "Harriet Quill Says Bridge Will Open In May.\n\nThe town waits. Harriet Quill spoke.";
    assert_eq!(
        indirect(text, "Bridge Will Open").as_deref(),
        Some("Harriet Quill")
    );
    // a time between subject and verb, a phrase between verb and clause
    let text = "Owen Tarrant on Tuesday said after the meeting he would back the toll.";
    assert_eq!(
        indirect(text, "he would back the toll").as_deref(),
        Some("Owen Tarrant")
    );
    // the clause before "he said, and …"
    let text = "Owen Tarrant spoke.\n\nThe toll would take three weeks to set up, he said, and the town would pay for it.";
    assert_eq!(
        indirect(text, "three weeks to set up").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn inverted_described_speaker_with_a_phrase() {
    // the clause before ", said one source in the room", not the source as content
    let text = "Owen Tarrant met the council. The talks went badly, and the meeting ended early, said one council source in the room.";
    let a = analyze_text(text, None);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("the meeting ended early"))
        .unwrap_or_else(|| panic!("no quote: {:?}", a.quotes));
    assert!(q.text.starts_with("The talks went badly"), "{q:?}");
    let speaker = q
        .speaker
        .and_then(|s| a.actors.get(s.0))
        .map(|x| x.name.as_str());
    assert_eq!(speaker, Some("one council source"));
    // not a pronoun object after another verb: "…, finds herself in a similar job"
    let text = "Harriet Quill, 33, a nurse who lives in Leeds, finds herself in a similar job with a similar outlook.";
    assert!(analyze_text(text, None)
        .quotes
        .iter()
        .all(|q| !q.text.contains("Harriet Quill")));
}

#[test]
fn a_person_described_after_an_inverted_cue() {
    let text = "Owen Tarrant toured the plant.\n\n\u{201c}Nobody asked us,\u{201d} said the woman, who lives near the gate.";
    assert_eq!(direct(text, "Nobody asked"), Some("the woman".into()));
    let text = "Owen Tarrant toured the plant.\n\n\u{201c}We will win this county,\u{201d} said one Democrat familiar with the talks.";
    assert_eq!(
        direct(text, "win this county"),
        Some("one Democrat familiar with the talks".into())
    );
    // a time after the verb is no speaker, nor a name's possessive
    let text =
        "Owen Tarrant toured the plant.\n\n\u{201c}It will close,\u{201d} said the next day.";
    assert_eq!(direct(text, "It will close"), None);
}

#[test]
fn documents_read_and_state() {
    let text = "Parents wrote to the board.\n\n\u{201c}Our schools are failing our children,\u{201d} the letter reads.";
    assert_eq!(direct(text, "schools are failing"), Some("letter".into()));
    let text = "Owen Tarrant posted a photo under a memo that said, \u{201c}All offices close at noon.\u{201d}";
    assert_eq!(direct(text, "offices close"), Some("a memo".into()));
    let text =
        "The rules changed.\n\nAs Delia Marsh put it, \u{201c}Nobody reads them anyway.\u{201d}";
    assert_eq!(direct(text, "Nobody reads"), Some("Delia Marsh".into()));
    let text = "The rules changed.\n\nAs the magazine put it in a long profile, \u{201c}the fixer.\u{201d}";
    assert_eq!(direct(text, "the fixer"), Some("magazine".into()));
    let text =
        "The rule asks for a \u{201c}lawful source of income,\u{201d} as Delia Marsh put it.";
    assert_eq!(direct(text, "lawful source"), Some("Delia Marsh".into()));
}

#[test]
fn a_participle_hangs_on_the_nearest_reporting_verb() {
    // not the union opening the sentence, whose "calls" is a noun
    let text = "Alongside the union calls for action, Delia Marsh said Tarrant must choose, saying, \u{201c}He has to decide soon.\u{201d}";
    assert_eq!(direct(text, "decide soon"), Some("Delia Marsh".into()));
    // not another participle ("a lawsuit filed by an aide alleging …, calling it …")
    let text = "The office of Owen Tarrant rejected a lawsuit filed by an aide alleging that he broke the law, calling it \u{201c}baseless and cynical\u{201d} on Monday.";
    assert_ne!(direct(text, "baseless"), Some("an aide".into()));
    // not a verb of a relative clause
    let text = "Owen Tarrant attacked a builder who said he was cheated after he built a shed, saying, \u{201c}Maybe he did a bad job.\u{201d}";
    assert_eq!(direct(text, "bad job"), Some("Owen Tarrant".into()));
}

#[test]
fn a_possessive_my_owns_a_described_speaker() {
    let text = "Nobody in my family trusted banks.\n\n\u{201c}We live in hard times,\u{201d} my father often said.";
    assert_eq!(direct(text, "hard times"), Some("my father".into()));
}

#[test]
fn straight_marks_after_numbers_and_before_spaces() {
    // an inch mark opens no quotation
    let text = "Owen Tarrant is 6'3\" tall and weighs 200 pounds, his doctor wrote.";
    assert!(analyze_text(text, None)
        .quotes
        .iter()
        .all(|q| q.kind != QuoteKind::Direct));
    // a closing mark after a space ends the quotation
    let text =
        "Delia Marsh spoke. \"I have always hated the term 'outreach,' \" she told the group.";
    assert_eq!(direct(text, "hated the term"), Some("Delia Marsh".into()));
    let a = analyze_text(text, None);
    assert!(a.quotes.iter().all(|q| !q.text.contains("told the group")));
    // a quotation inside a quotation does not end it
    let text = "Readers wrote in.\n\n\u{201c}I would rather live in what he calls \u{201c}hell\u{201d} than vote for him,\u{201d} Delia Marsh said.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().any(|q| q.text.ends_with("vote for him,")),
        "{:?}",
        a.quotes
    );
    assert_eq!(direct(text, "rather live"), Some("Delia Marsh".into()));
    // a closing mark printed for an opening one at the start of a paragraph
    let text = "Readers wrote in.\n\n\u{201d}He has my vote. He will fix it.\u{201d} \u{2015} Delia Marsh\n\nMore letters came.";
    assert_eq!(direct(text, "my vote"), Some("Delia Marsh".into()));
}

#[test]
fn compound_unnamed_speakers() {
    // the compound goes on to its head noun: "a campaign aide", not "a campaign"
    let text = "Harriet Quill spoke in Leeds. She will visit the mill on Sunday, according to a campaign aide.";
    assert_eq!(
        indirect(text, "visit the mill").as_deref(),
        Some("a campaign aide")
    );
    // "groups" is a group noun: "human rights groups warned that …"
    let text = "Harriet Quill spoke, and human rights groups warned that the mill would close.";
    assert_eq!(
        indirect(text, "the mill would close").as_deref(),
        Some("human rights groups")
    );
    // a plan reported by someone else is theirs alone
    let text = "Harriet Quill plans to visit the mill on Sunday, according to a campaign aide.";
    let a = analyze_text(text, None);
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(
        speaker_of(&a, QuoteKind::Indirect, "visit the mill")
            .ok()
            .flatten()
            .as_deref(),
        Some("a campaign aide")
    );
}

#[test]
fn mixed_marks_make_a_pair() {
    // a straight mark closed by a curly one, and the other way round
    let text =
        "Owen Tarrant spoke.\n\n\"The bridge has a huge toll,\u{201d} said Harriet Quill, a nurse.";
    let a = analyze_text(text, None);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("huge toll"))
        .unwrap_or_else(|| panic!("{:?}", a.quotes));
    assert_eq!(q.text, "The bridge has a huge toll,");
    assert_eq!(direct(text, "huge toll").as_deref(), Some("Harriet Quill"));
    let text =
        "Owen Tarrant spoke.\n\n\u{201c}The bridge has a huge toll,\" said Harriet Quill, a nurse.";
    assert_eq!(direct(text, "huge toll").as_deref(), Some("Harriet Quill"));
}

#[test]
fn double_apostrophe_quotes_carry_over() {
    // a `''` quotation opening the sentence after its speaker's cue is theirs
    let text = "Owen Tarrant spoke.\n\n''It has the virtue of being simple,'' Harriet Quill said of the plan. ''It does not make the toll worse.''";
    assert_eq!(
        direct(text, "make the toll worse").as_deref(),
        Some("Harriet Quill")
    );
    // and an indirect clause stops at the sentence before it
    let text = "Harriet Quill spoke.\n\nShe said the plan would be a boon for lawyers. ''There is a lot of new complexity,'' said Owen Tarrant.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes
            .iter()
            .any(|q| q.text == "the plan would be a boon for lawyers"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn the_writer_speaks_in_the_first_person() {
    // "I" outside quotation marks is the writer of the piece
    let text = "Owen Tarrant spoke at the mill on Friday. I think the bridge will never open.";
    assert_eq!(
        indirect(text, "the bridge will never open").as_deref(),
        Some("the writer")
    );
    // inside them, it is the one quoted
    let text = "\u{201c}I think the bridge will never open,\u{201d} Owen Tarrant said.";
    assert_eq!(
        direct(text, "the bridge will never open").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn particles_and_adverbs_are_no_objects() {
    // "showed up", "was shouted down": another verb, nothing reported
    for text in [
        "The real Owen Tarrant showed up at the debate.",
        "Harriet Quill was booed down by the crowd after the vote.",
    ] {
        let a = analyze_text(text, None);
        assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
    }
    // an adverb of time is passed over, and a setting is no object
    let text = "Owen Tarrant explained earlier in the hearing that the bridge was safe.";
    assert_eq!(
        indirect(text, "the bridge was safe").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Owen Tarrant explained earlier in the committee hearing, to nobody's surprise.";
    assert!(analyze_text(text, None)
        .quotes
        .iter()
        .all(|q| !q.text.contains("committee hearing")));
}

#[test]
fn headline_shapes() {
    // "Poll: …": a document's finding as a headline label
    let text = "Poll: Voters Abandon The Mill Party\n\nA new poll shows that voters in Leeds have left the party.";
    let a = analyze_text(text, None);
    assert_eq!(
        speaker_of(&a, QuoteKind::Indirect, "Voters Abandon")
            .ok()
            .flatten()
            .as_deref(),
        Some("Poll")
    );
    // (not a contact line)
    let text = "Email: tips@example.com\n\nOwen Tarrant spoke at the mill.";
    assert!(analyze_text(text, None).quotes.is_empty());
    // a surname in a headline before the full name, with a label or a verb
    let text = "Tarrant: the bridge needs a new toll\n\nOwen Tarrant spoke at the mill on Friday.";
    assert_eq!(
        indirect(text, "the bridge needs a new toll").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Tarrant says the bridge will open in May\n\nRetired engineer Owen Tarrant spoke at the mill on Friday.";
    assert_eq!(
        indirect(text, "the bridge will open").as_deref(),
        Some("Owen Tarrant")
    );
    // a title-case "Shows" with a document subject
    let text = "New Poll Shows Small Bump For Quill\n\nHarriet Quill spoke in Leeds.";
    assert_eq!(indirect(text, "Small Bump").as_deref(), Some("New Poll"));
}

#[test]
fn clauses_without_that_after_any_cue() {
    // a subject pronoun opens the clause of any reporting verb
    let text =
        "Owen Tarrant spoke at the mill. Owen Tarrant believes he can finish the bridge by May.";
    assert_eq!(
        indirect(text, "he can finish the bridge").as_deref(),
        Some("Owen Tarrant")
    );
    // a commitment reported as an infinitive
    let text = "Harriet Quill vowed to rebuild the old mill within a year.";
    assert_eq!(
        indirect(text, "to rebuild the old mill").as_deref(),
        Some("Harriet Quill")
    );
    // an intention, read only before its infinitive
    let text = "Harriet Quill wants to rebuild the old mill within a year.";
    assert_eq!(
        indirect(text, "to rebuild the old mill").as_deref(),
        Some("Harriet Quill")
    );
    let a = analyze_text("Harriet Quill wants a new mill by the river.", None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    // an intention inside someone else's report is part of that report
    let text = "Owen Tarrant claimed that the county planned to close the old mill in May.";
    assert_eq!(
        indirect(text, "the county planned to close").as_deref(),
        Some("Owen Tarrant")
    );
    let a = analyze_text(text, None);
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    // what a document shows
    let text = "A new survey shows most farmers opposing the toll on the bridge.";
    assert_eq!(
        indirect(text, "most farmers opposing").as_deref(),
        Some("A new survey")
    );
    // a communication verb's noun phrase object is what it reports
    let text = "Harriet Quill described the new bridge over the river.";
    assert_eq!(
        indirect(text, "the new bridge over the river").as_deref(),
        Some("Harriet Quill")
    );
    // but not the object of a verb that only opens speech
    let a = analyze_text("Harriet Quill added a new wing to the old mill.", None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn a_stance_and_its_object() {
    let text = "Harriet Quill called for a new toll on the old bridge, and the council agreed.";
    assert_eq!(
        indirect(text, "a new toll on the old bridge").as_deref(),
        Some("Harriet Quill")
    );
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("council")),
        "{:?}",
        a.quotes
    );
    let text = "Owen Tarrant endorsed the plan to rebuild the mill.";
    assert_eq!(
        indirect(text, "the plan to rebuild the mill").as_deref(),
        Some("Owen Tarrant")
    );
    // "called X Y" evaluates X; "called on X to" asks something of X
    let text = "Owen Tarrant called the new bridge a triumph of planning.";
    assert_eq!(
        indirect(text, "the new bridge a triumph").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Harriet Quill called on the county to repair the bridge before winter.";
    assert_eq!(
        indirect(text, "the county to repair the bridge").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn objects_of_cue_verbs() {
    // a noun phrase, an object pronoun, an indirect question, a preposition's object
    let text = "Harriet Quill mentioned the broken locks as examples of neglect.";
    assert_eq!(
        indirect(text, "the broken locks as examples").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Owen Tarrant blasted them for ignoring the bridge repairs.";
    assert_eq!(
        indirect(text, "them for ignoring the bridge repairs").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Owen Tarrant questioned whether the county could pay for the bridge.";
    assert_eq!(
        indirect(text, "whether the county could pay").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Harriet Quill complained about the noise from the new mill.";
    assert_eq!(
        indirect(text, "the noise from the new mill").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Harriet Quill pointed out that the bridge was already closed.";
    assert_eq!(
        indirect(text, "the bridge was already closed").as_deref(),
        Some("Harriet Quill")
    );
    // a negation or "now" between the subject and the verb
    let text = "Owen Tarrant did not immediately respond to requests for comment.";
    assert_eq!(
        indirect(text, "requests for comment").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Harriet Quill now says the bridge will open in May.";
    assert_eq!(
        indirect(text, "the bridge will open").as_deref(),
        Some("Harriet Quill")
    );
    // a document as the subject
    let text = "The report mentions four cases of neglect at the old mill.";
    assert_eq!(
        indirect(text, "four cases of neglect").as_deref(),
        Some("report")
    );
    // "a low point came": a verb form used as a noun reports nothing
    let a = analyze_text("A low point came at the meeting in May last year.", None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn more_objects_and_clause_ends() {
    // a stance toward someone named, but not toward a description
    let text = "Harriet Quill spoke on Monday. Owen Tarrant endorsed Harriet Quill.";
    assert_eq!(
        indirect(text, "Harriet Quill").as_deref(),
        Some("Owen Tarrant")
    );
    // what the person told was asked to do
    let text = "Owen Tarrant told his engineers to close the old bridge at once.";
    assert_eq!(
        indirect(text, "his engineers to close the old bridge").as_deref(),
        Some("Owen Tarrant")
    );
    // a progressive cue after "is" and adverbs
    let text = "Harriet Quill is once again demanding the county repair the old bridge.";
    assert_eq!(
        indirect(text, "the county repair the old bridge").as_deref(),
        Some("Harriet Quill")
    );
    // a participle after a comma comments on the reported clause
    let text = "Owen Tarrant noted that the bridge had closed in May, contradicting the county.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes
            .iter()
            .any(|q| q.text == "the bridge had closed in May"),
        "{:?}",
        a.quotes
    );
    // "CLAUSE, X said Friday afternoon, as …": the clause before the subject
    let text = "The old bridge will stay closed until May, Owen Tarrant said Friday afternoon, as drivers waited.";
    assert_eq!(
        indirect(text, "The old bridge will stay closed").as_deref(),
        Some("Owen Tarrant")
    );
    // what is widely expected is no one's report
    let a = analyze_text(
        "The new toll is widely expected to anger drivers on the bridge.",
        None,
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn beliefs_report_clauses_not_things() {
    let text = "Owen Tarrant believes the bridge will open in May.";
    assert_eq!(
        indirect(text, "the bridge will open in May").as_deref(),
        Some("Owen Tarrant")
    );
    for text in [
        "Owen Tarrant feels a chill in the old mill every morning.",
        "Owen Tarrant thought little of the new bridge design.",
    ] {
        let a = analyze_text(text, None);
        assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
    }
}

#[test]
fn stance_verbs_report_their_object() {
    let text = "Harriet Quill has championed the new bridge over the river.";
    assert_eq!(
        indirect(text, "the new bridge over the river").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Owen Tarrant decided not to close the old mill this winter.";
    assert_eq!(
        indirect(text, "not to close the old mill").as_deref(),
        Some("Owen Tarrant")
    );
    // seeing something as something is a view; seeing alone is not
    let text = "Owen Tarrant sees the new toll as a chance to fix the bridge.";
    assert_eq!(
        indirect(text, "the new toll as a chance").as_deref(),
        Some("Owen Tarrant")
    );
    let a = analyze_text("Owen Tarrant sees the new bridge from his window.", None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
    // a two-word infinitive
    let text = "Owen Tarrant spoke on Monday. Through a spokesman, Tarrant declined to comment.";
    assert_eq!(
        indirect(text, "to comment").as_deref(),
        Some("Owen Tarrant")
    );
    // "that" after the object opens a relative clause, not the content
    let text = "Harriet Quill supported the plan that the council drafted in May.";
    assert_eq!(indirect(text, "the plan").as_deref(), Some("Harriet Quill"));
    // a vote for someone is a stance toward them (beside the clause that reports it)
    let text =
        "Harriet Quill spoke on Monday. Owen Tarrant said he would not vote for Harriet Quill.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes
            .iter()
            .any(|q| q.text == "Harriet Quill" && q.cue.as_deref() == Some("vote")),
        "{:?}",
        a.quotes
    );
    // a stance verb is no cue of the shapes of speech: "…, X supported."
    let a = analyze_text("After a long debate in May, Owen Tarrant supported.", None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn stance_nouns_and_their_owners() {
    let text =
        "Owen Tarrant spoke on Monday. Tarrant’s claim that the mill was safe drew criticism.";
    assert_eq!(
        indirect(text, "the mill was safe").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Harriet Quill spoke on Monday. Her call for a new toll angered drivers.";
    assert_eq!(
        indirect(text, "a new toll").as_deref(),
        Some("Harriet Quill")
    );
    // the cue holds the owner, so the timeline does not read "Quill call a new toll"
    let a = analyze_text(text, None);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("toll"))
        .expect("the call's quote");
    assert_eq!(q.cue.as_deref(), Some("Her call"));
    assert!(!super::cue_reads_as_verb(q, text));
    // no owner, no source; and a noun before a word that states nothing
    for text in [
        "The claim that the mill was safe drew criticism from the county.",
        "Owen Tarrant spoke on Monday. Tarrant’s plans were drawn in May last year.",
    ] {
        let a = analyze_text(text, None);
        assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
    }
}

#[test]
fn passives_with_by_name_their_source() {
    let text = "The toll plan was firmly rejected by Harriet Quill on Monday.";
    assert_eq!(
        indirect(text, "The toll plan").as_deref(),
        Some("Harriet Quill")
    );
    let a = analyze_text(text, None);
    assert!(!super::cue_reads_as_verb(&a.quotes[0], text));
    // the head of the phrase after "by" is the source
    let text = "The new toll was criticized by Brookfield council spokesman Owen Tarrant.";
    assert_eq!(
        indirect(text, "The new toll").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn the_person_before_of_and_a_name() {
    let text = "Harriet Quill of The Valley Courier wrote, \u{201c}The bridge is a triumph of planning.\u{201d}";
    assert_eq!(
        direct(text, "triumph of planning").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_cue_after_one_introductory_word() {
    let text = "Harriet Quill spoke at the mill. Now, she said, the farmers would pay the toll.";
    assert_eq!(
        indirect(text, "the farmers would pay the toll").as_deref(),
        Some("Harriet Quill")
    );
    // "according to" after a quotation's cue names the quote's source, it is no clause
    let text =
        "\u{201c}The toll is fair,\u{201d} Harriet Quill said, according to the Valley Courier.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("according")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn according_to_an_unnamed_source() {
    // a phrase that names no actor becomes the source
    let text = "The mill will close in May, according to two people briefed on the plan.";
    assert_eq!(
        indirect(text, "The mill will close in May").as_deref(),
        Some("two people briefed on the plan")
    );
    // in the middle of a sentence, without a comma, the clause is still the one before
    let text = "Owen Tarrant leads the race by nine points according to the latest count, but the vote is close.";
    assert_eq!(
        indirect(text, "leads the race by nine points").as_deref(),
        Some("the latest count")
    );
    // after an introductory phrase, the clause after
    let text = "In addition, according to the county, the bridge will need new cables.";
    assert_eq!(
        indirect(text, "the bridge will need new cables").as_deref(),
        Some("the county")
    );
    // a conjunction before "according to" joins the clause after it
    let text = "The mill is the oldest in the county, and according to Harriet Quill, who owns it, the wheel still turns.";
    assert_eq!(
        indirect(text, "the wheel still turns").as_deref(),
        Some("Harriet Quill")
    );
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("oldest")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_name_and_a_colon_open_a_turn() {
    let text = "Quill: Toll Bridge Will Open In May.\n\nHarriet Quill spoke to the council on Monday.\n\nHARRIET QUILL: We will open the bridge. It is safe.\n\nThe council voted.";
    assert_eq!(
        indirect(text, "Toll Bridge Will Open").as_deref(),
        Some("Harriet Quill")
    );
    assert_eq!(
        indirect(text, "We will open the bridge. It is safe").as_deref(),
        Some("Harriet Quill")
    );
    // a label that names no person is no turn
    let a = analyze_text(
        "Update: The bridge will open in May after the repairs.",
        None,
    );
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn an_organisation_can_label_a_headline() {
    let text = "Brookfield Gazette: the old bridge will close in May\n\nThe Brookfield Gazette reported the news.";
    assert_eq!(
        indirect(text, "the old bridge will close").as_deref(),
        Some("Brookfield Gazette")
    );
}

#[test]
fn a_comment_introduced_by_a_colon() {
    let text = "On July 6, 2015, Owen Tarrant made the following comment:\n\n\u{201c}The bridge will open before the harvest.\u{201d}";
    assert_eq!(
        direct(text, "bridge will open").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn a_partial_quote_in_reported_speech_is_the_reporters() {
    let a = analyze_text(
        "Harriet Quill said the county's long plan for the harbor was a \u{201c}disaster\u{201d} for everyone.",
        None,
    );
    let q = a.quotes.iter().find(|q| q.text == "disaster");
    let who = q
        .and_then(|q| q.speaker)
        .and_then(|s| a.actors.get(s.0))
        .map(|x| x.name.as_str());
    assert_eq!(who, Some("Harriet Quill"), "{:?}", a.quotes);
}

#[test]
fn a_colon_after_a_name_introduces_a_quote() {
    let text = "The result did not surprise the pollster Harriet Quill: \u{201c}Turnout was low all day.\u{201d}";
    assert_eq!(
        direct(text, "Turnout was low").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Owen Tarrant released a statement: \u{201c}We will appeal the ruling.\u{201d}";
    assert_eq!(
        direct(text, "appeal the ruling").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn a_quote_paragraph_after_a_reporting_paragraph() {
    let text = "Owen Tarrant praised the mayor and her plans for the harbor.\n\n\u{201c}She gets things done for this town.\u{201d}";
    assert_eq!(
        direct(text, "gets things done").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn the_person_told_is_not_the_speaker() {
    let text = "Hours later, Owen Tarrant praised the mayor, telling Reuters, \u{201c}She gets things done.\u{201d}";
    assert_eq!(
        direct(text, "gets things done").as_deref(),
        Some("Owen Tarrant")
    );
    // (the one indirect quote is the stance "praised the mayor", not what Reuters was told)
    let a = analyze_text(text, None);
    assert!(
        a.quotes
            .iter()
            .all(|q| q.kind != QuoteKind::Indirect || q.text == "the mayor"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn described_speakers_are_unnamed_actors() {
    let a = analyze_text(
        "The retired engineer says the bridge will hold for decades. Six in 10 say the toll is too high.",
        None,
    );
    let speaker = |part: &str| {
        let q = a.quotes.iter().find(|q| q.text.contains(part))?;
        let x = a.actors.get(q.speaker?.0)?;
        Some((x.name.clone(), x.kind))
    };
    assert_eq!(
        speaker("bridge will hold"),
        Some(("The retired engineer".to_owned(), ActorKind::Other))
    );
    assert_eq!(
        speaker("toll is too high"),
        Some(("Six in 10".to_owned(), ActorKind::Group))
    );
}

#[test]
fn a_possessive_is_not_part_of_an_unnamed_speaker() {
    let a = analyze_text(
        "Owen Tarrant’s former aide said the town would recover quickly.",
        None,
    );
    let names: Vec<&str> = a.actors.iter().map(|x| x.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.starts_with("s ")), "{names:?}");
}

#[test]
fn a_second_partial_quote_in_the_sentence_has_the_same_speaker() {
    let text = "Harriet Quill says the harbor plan \u{201c}was rushed from the start\u{201d} because \u{201c}nobody asked the fishermen.\u{201d}";
    assert_eq!(
        direct(text, "nobody asked").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_title_with_of_before_the_subject_of_a_participle() {
    let text = "Former Secretary of State Harriet Quill urged voters to turn out, saying, \u{201c}Every vote counts.\u{201d}";
    assert_eq!(
        direct(text, "Every vote counts").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn transcript_turns_belong_to_the_named_speaker() {
    let text = "Owen Tarrant spoke with Harriet Quill, the host, as the paper shows:\n\n\u{201c}QUILL: Will the bridge open?\n\n\u{201c}TARRANT: It will open in May.\u{201d}";
    assert_eq!(
        direct(text, "Will the bridge").as_deref(),
        Some("Harriet Quill")
    );
    assert_eq!(direct(text, "open in May").as_deref(), Some("Owen Tarrant"));
    // the label is the cue, not part of the quoted words
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().any(|q| q.text.starts_with("It will open")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn who_said_is_the_name_before() {
    let text = "The council heard from Harriet Quill, who said the bridge was unsafe for trucks.";
    assert_eq!(
        indirect(text, "bridge was unsafe").as_deref(),
        Some("Harriet Quill")
    );
    let text =
        "The council heard from Harriet Quill and Owen Tarrant, who say the bridge is unsafe.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| q.speaker.is_none()),
        "{:?}",
        a.quotes
    );
}

#[test]
fn told_someone_a_clause() {
    let text = "Harriet Quill told reporters she would vote against the bridge.";
    assert_eq!(
        indirect(text, "vote against the bridge").as_deref(),
        Some("Harriet Quill")
    );
    let a = analyze_text("Harriet Quill told reporters about her plans.", None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn documents_report_things() {
    let text = "A new poll found that most voters back the bridge.";
    assert_eq!(indirect(text, "most voters").as_deref(), Some("A new poll"));
    let text = "Most voters back the bridge, according to the nonpartisan Brookfield Institute.";
    assert_eq!(
        indirect(text, "Most voters").as_deref(),
        Some("Brookfield Institute")
    );
}

#[test]
fn two_descriptions_between_the_name_and_the_verb() {
    let text = "\"It is an invasion of our domain,\" Harriet Quill, the Republican attorney general of Ohio, one of the states suing the agency, said at an event.";
    assert_eq!(
        direct(text, "invasion of our domain").as_deref(),
        Some("Harriet Quill")
    );
    let text = "\"The bridge is unsafe,\" Owen Tarrant, 54, a welder from Dayton, said.";
    assert_eq!(
        direct(text, "bridge is unsafe").as_deref(),
        Some("Owen Tarrant")
    );
    // a place after the only description is where the speaker is from, not who spoke
    let text = "\"The bridge is unsafe,\" a welder from Ohio, said.";
    assert_eq!(direct(text, "bridge is unsafe"), None);
}

#[test]
fn initials_and_party_labels_before_the_verb() {
    let text =
        "\"He would be a great senator,\" Rep. Owen P. Tarrant (D-Md.) said in a phone interview.";
    assert_eq!(
        direct(text, "great senator").as_deref(),
        Some("Owen P Tarrant")
    );
    let text = "\"The votes are there,\" House Speaker Harriet Quill, R-Wis., said on Tuesday.";
    assert_eq!(
        direct(text, "votes are there").as_deref(),
        Some("Harriet Quill")
    );
    let text = "\"It would be improper,\" Gov. Pat Brannock (R) said.";
    assert_eq!(direct(text, "be improper").as_deref(), Some("Pat Brannock"));
    let text =
        "\"It will pass,\" Leonard E. Quill, director of the Budget Center, said of the plan.";
    assert_eq!(
        direct(text, "It will pass").as_deref(),
        Some("Leonard E Quill")
    );
}

#[test]
fn a_long_speaker_after_the_quote_stops_a_carry_over() {
    let text = "\"It is done,\" Owen Tarrant said.\n\n\"The votes are there,\" House Speaker Harriet Quill, R-Wis., the leader of the chamber, said.";
    assert_eq!(
        direct(text, "votes are there").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_generational_suffix_ends_the_name() {
    let text =
        "\"Hate this framing,\" Vann R. Pembrook II, a writer for The Lantern, said on Twitter.";
    assert_eq!(
        direct(text, "framing").as_deref(),
        Some("Vann R Pembrook II")
    );
}

#[test]
fn a_role_with_a_number_after_the_verb() {
    let text = "\"The veto does not hold,\" said 9/11 widow Terry Brannock.";
    assert_eq!(direct(text, "veto").as_deref(), Some("Terry Brannock"));
    let text = "\"The race is close,\" said longtime pollster Pat Quill.";
    assert_eq!(direct(text, "race is close").as_deref(), Some("Pat Quill"));
    // a clause after the verb is no role: its subject did not speak
    let text = "Owen Tarrant was asked.\n\n\"No,\" said in 2012 that Pat Quill had lied.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| q
            .speaker
            .and_then(|s| a.actors.get(s.0))
            .is_none_or(|x| x.name != "Pat Quill")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_verb_in_an_opening_phrase_is_not_the_colons_cue() {
    let text = "With party leaders worried about turnout, President Owen Tarrant is rolling out a new message: \"It is about me.\"";
    assert_eq!(direct(text, "about me").as_deref(), Some("Owen Tarrant"));
}

#[test]
fn a_person_after_an_owners_role_is_the_subject() {
    let text = "Owen Tarrant's campaign manager Harriet Quill spoke on Monday, arguing that the mayor \"lashed out at the unions.\"";
    assert_eq!(direct(text, "lashed out").as_deref(), Some("Harriet Quill"));
    let text = "Boyd Fernley was sued. \"We will win,\" Fernley boasted, as the trial opened.";
    assert_eq!(direct(text, "We will win").as_deref(), Some("Boyd Fernley"));
    let text = "When the mayor noted that the bridge was late ― as it was in May ― Boyd Fernley boasted, \"That makes me smart.\"";
    assert_eq!(
        direct(text, "makes me smart").as_deref(),
        Some("Boyd Fernley")
    );
}

#[test]
fn a_transcript_label_names_its_speaker() {
    let text = "The host spoke with the governor.\n\n\u{201c}BRANNOCK: Will the bridge open?\n\n\u{201c}UPDATE: The bridge opened in May.\u{201d}";
    assert_eq!(direct(text, "Will the bridge").as_deref(), Some("Brannock"));
    assert_eq!(direct(text, "opened in May"), None);
    // a surname that is also a word is still a name; a plain phrase is not
    let text = "The host spoke with the governor.\n\n\u{201c}CARPENTER: Will the bridge open?\n\n\u{201c}READ MORE: The bridge opened in May.\u{201d}";
    assert_eq!(
        direct(text, "Will the bridge").as_deref(),
        Some("Carpenter")
    );
    assert_eq!(direct(text, "opened in May"), None);
    assert_eq!(
        super::label_name("JAKE O'NEILL-TAPPER"),
        "Jake O'Neill-Tapper"
    );
}

#[test]
fn a_pronoun_speaker_in_a_scene() {
    let text = "The police came.\n\nPolice stopped Owen Tarrant on Tuesday. Tavesha Jones can be heard yelling that her husband was unarmed.\n\n\"Stop it,\" she says. \"Do not shoot him.\"";
    assert_eq!(
        direct(text, "Do not shoot").as_deref(),
        Some("Tavesha Jones")
    );
}

#[test]
fn a_sentence_about_the_speaker_between_two_quotes() {
    let text = "The race is close.\n\n\"We are behind,\" said Tavesha Jones, 32, of Dayton. Jones backs the mayor. \"I have loans to pay.\"";
    assert_eq!(
        direct(text, "loans to pay").as_deref(),
        Some("Tavesha Jones")
    );
    // someone else's sentence between: not carried over
    let text = "The race is close.\n\n\"We are behind,\" said Tavesha Jones, 32, of Dayton. Owen Tarrant backs the mayor. \"I have loans to pay.\"";
    assert_eq!(direct(text, "loans to pay"), None);
}

#[test]
fn a_city_and_its_state_between_commas() {
    let text = "Harriet Quill, during a town hall meeting in Columbus, Ohio, said she was \"going to close the mines.\"";
    assert_eq!(
        direct(text, "close the mines").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn verbs_that_do_not_govern_the_quote() {
    let text = "Owen Tarrant spoke in May.\n\nTarrant has used the phrase \"open borders\" often in his campaign, and criticized the mayor for it.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes
            .iter()
            .filter(|q| q.text.contains("open borders"))
            .all(|q| q.speaker.is_none()),
        "{:?}",
        a.quotes
    );
    let text = "Owen Tarrant spoke in May.\n\nThe four \"loopholes\" he cited are \"the ability to use losses to offset income,\" The Lantern reported.";
    assert_eq!(
        direct(text, "ability to use").as_deref(),
        Some("The Lantern")
    );
}

#[test]
fn phrasal_reporting_verbs() {
    let text = "The race is close.\n\nAfter Owen Tarrant criticized her, Harriet Quill shot back, \"I chose to work.\"";
    assert_eq!(
        direct(text, "chose to work").as_deref(),
        Some("Harriet Quill")
    );
    let text = "The race is close.\n\nHarriet Quill spoke first.\n\n\"And it is a concern to me,\" she went on.";
    assert_eq!(direct(text, "a concern").as_deref(), Some("Harriet Quill"));
    let text = "The race is close.\n\n\"Smile,\" Owen Tarrant said, and Harriet Quill cut in. \"Do not forget me.\"";
    assert_eq!(direct(text, "forget me").as_deref(), Some("Harriet Quill"));
    // the name after "told" heard the words
    let text = "The race is close.\n\n\"Smile,\" Harriet Quill, a former aide, told Lantern News. \"Do not forget me.\"";
    assert_eq!(direct(text, "forget me").as_deref(), Some("Harriet Quill"));
}

#[test]
fn the_owner_is_not_the_subject() {
    let text = "Owen Tarrant was shot on Monday. Tarrant's relatives watched the videos and said they came away with \"more questions than answers.\"";
    let a = analyze_text(text, None);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("more questions"))
        .expect("the quote");
    assert!(
        q.speaker
            .and_then(|s| a.actors.get(s.0))
            .is_none_or(|x| x.name != "Owen Tarrant"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_comma_after_a_party_label_before_the_verb() {
    let text =
        "After the vote, Sen. Harriet Quill (D-OR), said, “We will build the bridge next year.”";
    assert_eq!(
        direct(text, "build the bridge").as_deref(),
        Some("Harriet Quill")
    );
    // a description in brackets is no party label: the name before it is not the subject
    let text = "Owen Tarrant, head of Bridges Now (a lobby group), wrote: “The bridge is late.”";
    assert_ne!(
        direct(text, "bridge is late").as_deref(),
        Some("Bridges Now")
    );
}

#[test]
fn another_as_a_whole_subject() {
    let text = "One commuter praised the plan. Yet another said, “The bridge is a waste of money.”";
    assert_eq!(direct(text, "waste of money").as_deref(), Some("another"));
    let text =
        "Readers wrote in by the hundred. Another tweeted, “The bridge is a waste of money.”";
    assert_eq!(direct(text, "waste of money").as_deref(), Some("Another"));
}

#[test]
fn an_inverted_cue_opening_the_sentence_before_the_quote() {
    let text = "Harriet Quill chairs the board. Said Quill, “The bridge will open in May.”";
    assert_eq!(
        direct(text, "open in May").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Harriet Quill chairs the board. But, said Quill, “The bridge will open in May.”";
    assert_eq!(
        direct(text, "open in May").as_deref(),
        Some("Harriet Quill")
    );
    // a subject before the verb makes the name after it the person spoken to
    let text =
        "Harriet Quill chairs the board. Owen Tarrant told Quill, “The bridge will open in May.”";
    assert_ne!(
        direct(text, "open in May").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn as_a_described_speaker_told_someone() {
    let text = "The mood at the plant soured. As one engineer told the Dayton Herald, “We were never asked.”";
    assert_eq!(direct(text, "never asked").as_deref(), Some("one engineer"));
}

#[test]
fn a_time_in_ago_before_the_subject_of_a_second_verb() {
    let text = "Owen Tarrant spoke on Monday. Four years ago, he backed the mayor over Quill and said, “Quill never helped us.”";
    assert_eq!(
        direct(text, "never helped us").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn a_name_before_who_without_a_comma() {
    let text =
        "The loudest reply was a post from Harriet Quill who wrote, “The bridge is a disgrace.”";
    assert_eq!(direct(text, "a disgrace").as_deref(), Some("Harriet Quill"));
}

#[test]
fn a_noun_of_speech_before_a_colon_or_comma() {
    let text = "Harriet Quill spoke after the vote. Quill delivered a sharp retort: “No one is cancelling the bridge.”";
    assert_eq!(
        direct(text, "cancelling the bridge").as_deref(),
        Some("Harriet Quill")
    );
    let text =
        "After the flood, Harriet Quill issued a statement, “Last night our town was hit hard.”";
    assert_eq!(
        direct(text, "our town was hit").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_surname_spelt_like_a_modal() {
    let text =
        "Harriet Will writes a column. “The bridge is a reminder of better days,” Will wrote.";
    assert_eq!(direct(text, "better days").as_deref(), Some("Harriet Will"));
    let text = "Harriet Quill spoke. Quill has since said: “The bridge will open.”";
    assert_eq!(
        direct(text, "bridge will open").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn an_inverted_cue_after_the_reported_words_and_a_comma() {
    let text = "Harriet Quill ran the count. The board set the date, explained Quill, “with the vote over by May.”";
    assert_eq!(
        direct(text, "over by May").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn an_adverb_between_commas_after_the_subject() {
    let text = "Owen Tarrant wrote to the board. Tarrant, however, argued that “the bridge is unsafe,” citing a report.";
    assert_eq!(
        direct(text, "bridge is unsafe").as_deref(),
        Some("Owen Tarrant")
    );
    // a phrase that is no speaker before the adverb: nobody
    let text = "A look at the new bridges, however, suggests that “the money was well spent.”";
    assert_eq!(direct(text, "well spent"), None);
}

#[test]
fn a_participle_after_a_comma_inside_a_closing_mark() {
    let text = "Harriet Quill needled the “expert,” saying, “An expert who never visits the site!”";
    assert_eq!(
        direct(text, "never visits").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn the_writer_and_a_second_verb() {
    let text = "My aunt was driving. I laughed and said, “Nobody believes that any more.”";
    assert_eq!(
        direct(text, "Nobody believes").as_deref(),
        Some("the writer")
    );
}

#[test]
fn one_of_a_group_after_an_inverted_cue() {
    let text = "The count went on. “There is no path left for Quill,” said one of those advisers, who spoke on condition of anonymity.";
    assert_eq!(
        direct(text, "no path left").as_deref(),
        Some("one of those advisers")
    );
}

#[test]
fn an_opening_adverb_phrase_before_the_subject() {
    let text =
        "Immediately after the flood, Harriet Quill issued a statement, “Our town was hit hard.”";
    assert_eq!(
        direct(text, "town was hit").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_document_continues() {
    let text = "Owen Tarrant wrote to the board. The letter continues: “Please explain the delay.”";
    assert_eq!(direct(text, "explain the delay").as_deref(), Some("letter"));
}

#[test]
fn an_organisation_before_a_title_is_no_clause_subject() {
    let text = "The Pentagon spokesman met the lawyers and said, “We will not sell.”";
    assert_eq!(
        direct(text, "will not sell").as_deref(),
        Some("Pentagon spokesman")
    );
}

#[test]
fn in_the_past_between_the_subject_and_the_verb() {
    let text = "Owen Tarrant spoke on Monday. Tarrant, who has in the past described the mayor as “a menace to the city,” said he would not vote.";
    assert_eq!(direct(text, "a menace").as_deref(), Some("Owen Tarrant"));
}

#[test]
fn a_short_object_of_taking_a_side() {
    let text = "Harriet Quill backed the levy, while Owen Tarrant voted against it.";
    assert_eq!(indirect(text, "the levy").as_deref(), Some("Harriet Quill"));
    let text = "Owen Tarrant spoke at the mill. Both of his senators strongly supported him.";
    let a = analyze_text(text, None);
    assert!(a.quotes.iter().any(|q| q.text == "him"), "{:?}", a.quotes);
    // not a verb of speech with a short object ("announced the deal" stays unread)
    let text = "Harriet Quill announced the deal.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| q.text != "the deal"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn finding_oneself_somewhere_is_no_finding() {
    let text = "The Valley Bank has found itself at the centre of the town's debt crisis.";
    let a = analyze_text(text, None);
    assert!(a.quotes.is_empty(), "{:?}", a.quotes);
}

#[test]
fn a_phrase_after_a_quotations_cue_is_no_clause() {
    let text = "\u{201c}The toll is fair,\u{201d} Harriet Quill said, in a nod to the farmers at the mill.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("nod")),
        "{:?}",
        a.quotes
    );
    let text =
        "\u{201c}Is the toll fair?\u{201d} Harriet Quill asked, a hint of doubt in her voice.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("hint")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn more_plural_nouns_speak_as_groups() {
    let text = "Owen Tarrant met the board. Companies say the toll would hurt the mill.";
    assert_eq!(
        indirect(text, "the toll would hurt").as_deref(),
        Some("Companies")
    );
    let text = "Owen Tarrant met the board. Others say the toll is fair.";
    assert_eq!(
        indirect(text, "the toll is fair").as_deref(),
        Some("Others")
    );
}

#[test]
fn a_subject_with_a_modifier_before_its_verb() {
    let text = "Owen Tarrant spoke at the mill. Farmers trying to keep the old bridge open say the toll is too high.";
    assert_eq!(
        indirect(text, "the toll is too high").as_deref(),
        Some("Farmers")
    );
    let text =
        "Owen Tarrant spoke at the mill. Farmers at the mill in Leeds said the toll is too high.";
    assert_eq!(
        indirect(text, "the toll is too high").as_deref(),
        Some("Farmers")
    );
    // a past verb of speech after the name is its own verb, not a modifier
    let text = "Harriet Quill cited disparaging remarks the mayor had made about the mill.";
    let a = analyze_text(text, None);
    assert!(
        a.quotes
            .iter()
            .all(|q| !q.text.starts_with("the mayor had made")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn contractions_and_expectations_open_clauses() {
    let text = "Owen Tarrant thinks he\u{2019}s the best man for the mill.";
    assert_eq!(
        indirect(text, "the best man").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Harriet Quill knows they\u{2019}re being watched by the council.";
    assert_eq!(
        indirect(text, "being watched").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Harriet Quill expects the council to approve the toll.";
    assert_eq!(
        indirect(text, "the council to approve").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn where_and_to_whom_something_was_said_is_no_content() {
    for text in [
        "\u{201c}The toll is fair,\u{201d} Owen Tarrant wrote on Facebook.",
        "\u{201c}The toll is fair,\u{201d} Owen Tarrant insisted to the gathered cameras.",
        "The council voted on the toll in November.",
    ] {
        let a = analyze_text(text, None);
        assert!(
            a.quotes.iter().all(|q| q.kind != QuoteKind::Indirect),
            "{text}: {:?}",
            a.quotes
        );
    }
    // (what one responds to is still read)
    let text = "Harriet Quill did not respond to a request for comment.";
    assert_eq!(
        indirect(text, "a request for comment").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_participle_after_a_cue_between_commas_is_about_the_saying() {
    let text =
        "Owen Tarrant sold lemonade at the mill. Sales were great, he said, wiping his face.";
    assert_eq!(
        indirect(text, "Sales were great").as_deref(),
        Some("Owen Tarrant")
    );
    let a = analyze_text(text, None);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("wiping")),
        "{:?}",
        a.quotes
    );
    let text = "Harriet Quill met the council. The toll is fair, she said, asked about the vote.";
    assert_eq!(
        indirect(text, "The toll is fair").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_dash_after_a_cue_ends_the_report() {
    let text = "Owen Tarrant spoke at the mill. The toll will rise, officials said \u{2014} a blow to the farmers.";
    assert_eq!(
        indirect(text, "The toll will rise").as_deref(),
        Some("officials")
    );
    let text = "Owen Tarrant met the council. Such a toll could hurt the mill, his allies believe \u{2014} a mill he needs.";
    assert_eq!(
        indirect(text, "could hurt the mill").as_deref(),
        Some("his allies")
    );
}

#[test]
fn talking_reports_its_topic_only() {
    // "talked about": the topic is what is attributed
    let text = "Harriet Quill spoke at the mill.\n\nHarriet Quill talked about the cost of the new bridge.";
    assert_eq!(
        indirect(text, "the cost of the new bridge").as_deref(),
        Some("Harriet Quill")
    );
    // where or to whom one spoke is no topic
    let text =
        "Harriet Quill spoke at the mill on Friday. Owen Tarrant talked to reporters in Leeds.";
    assert!(analyze_text(text, None).quotes.is_empty());
}

#[test]
fn more_openers_of_a_reported_clause() {
    // a share of something as the clause's subject
    let text = "Owen Tarrant said much of the money was spent on the bridge.";
    assert_eq!(
        indirect(text, "much of the money").as_deref(),
        Some("Owen Tarrant")
    );
    // a day owning the subject is no time of the saying
    let text = "Owen Tarrant said Monday\u{2019}s vote showed the town wants the toll.";
    assert_eq!(
        indirect(text, "vote showed the town").as_deref(),
        Some("Owen Tarrant")
    );
    // a second verb after ", then"
    let text = "Owen Tarrant thanked the crowd at the mill, then says the toll will stay.";
    assert_eq!(
        indirect(text, "the toll will stay").as_deref(),
        Some("Owen Tarrant")
    );
    // a title-case verb of a headline
    let text = "Harriet Quill Slams Owen Tarrant.\n\nThe town waits. Harriet Quill spoke about Owen Tarrant.";
    assert_eq!(
        indirect(text, "Owen Tarrant").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_title_opening_the_clause_of_a_participle() {
    // "The Leeds mayor …, saying": the description is the person the sentence before is about
    let text = "Harriet Quill opened the bridge on Tuesday. The Leeds mayor thanked the workers, saying the toll would stay \u{201c}for a few years at most.\u{201d}";
    assert_eq!(
        indirect(text, "the toll would stay").as_deref(),
        Some("Harriet Quill")
    );
    assert_eq!(
        direct(text, "for a few years").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn verbs_of_attacking_or_voicing_report_their_object() {
    let text =
        "Harriet Quill spoke at the mill. Harriet Quill assailed the plan to raise the toll.";
    assert_eq!(
        indirect(text, "the plan to raise the toll").as_deref(),
        Some("Harriet Quill")
    );
    let text = "Owen Tarrant spoke at the mill. Owen Tarrant voiced support for a new bridge.";
    assert_eq!(
        indirect(text, "support for a new bridge").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn verbs_of_the_manner_of_speaking_cue_a_quotation() {
    let text = "Harriet Quill opened the bridge.\n\n\u{201c}This town has waited long enough,\u{201d} Harriet Quill boomed.";
    assert_eq!(
        direct(text, "waited long enough").as_deref(),
        Some("Harriet Quill")
    );
    // (no object read after them: who was emailed is no content)
    let text = "Owen Tarrant emailed Harriet Quill and the council on Monday.";
    assert!(analyze_text(text, None).quotes.is_empty());
}

#[test]
fn more_verbs_of_knowing_and_offering() {
    let text =
        "Owen Tarrant spoke at the mill. Owen Tarrant learned that the toll would double in May.";
    assert_eq!(
        indirect(text, "the toll would double").as_deref(),
        Some("Owen Tarrant")
    );
    let text = "Harriet Quill spoke at the mill. Harriet Quill offered a plan to cut the toll.";
    assert_eq!(
        indirect(text, "a plan to cut the toll").as_deref(),
        Some("Harriet Quill")
    );
}

#[test]
fn a_verb_with_its_own_preposition() {
    let text = "Harriet Quill spoke at the mill. Harriet Quill sided with the farmers on the toll.";
    assert_eq!(
        indirect(text, "the farmers on the toll").as_deref(),
        Some("Harriet Quill")
    );
    let text =
        "Harriet Quill spoke at the mill. Harriet Quill talked about how the toll would work.";
    assert_eq!(
        indirect(text, "how the toll would work").as_deref(),
        Some("Harriet Quill")
    );
    // (without it, nothing is reported)
    let text = "Owen Tarrant spoke at the mill and sided quietly.";
    assert!(analyze_text(text, None).quotes.is_empty());
}

#[test]
fn it_before_a_document_verb_is_the_document_named_before() {
    // "“…,” it reads": the letter speaks, and "it" is its mention
    let text = "Owen Tarrant sent a letter to the council on Monday.\n\nThe letter cited the cost of the toll. \u{201c}The bridge cannot wait another year,\u{201d} it reads.";
    let a = analyze_text(text, None);
    assert!(speaker_of(&a, QuoteKind::Direct, "cannot wait")
        .ok()
        .flatten()
        .is_some_and(|s| s.ends_with("letter")));
    let q = a.quotes.iter().find(|q| q.text.contains("cannot wait"));
    let speaker = q.and_then(|q| q.speaker);
    let it = text.rfind("it reads").unwrap_or(0);
    assert!(a
        .actors
        .iter()
        .filter(|x| Some(x.id) == speaker)
        .any(|x| x.mentions.iter().any(|m| m.span.start == it)));
    // before the quotation too: "it states: “…”"
    let text = "The council published a report on Friday. In its last part, it states: \u{201c}The toll must stay until 2030.\u{201d}";
    assert_eq!(
        direct(text, "The toll must stay").as_deref(),
        Some("a report")
    );
    // no document named before: no speaker
    let text = "Owen Tarrant spoke at the mill.\n\n\u{201c}The bridge cannot wait another year,\u{201d} it reads.";
    assert_eq!(direct(text, "cannot wait"), None);
}

#[test]
fn continues_after_a_quotation_is_a_cue() {
    let text = "Owen Tarrant wrote a column on Friday. Tarrant continues, \u{201c}The toll is too high.\u{201d}";
    assert_eq!(
        direct(text, "toll is too high").as_deref(),
        Some("Owen Tarrant")
    );
    // "pressed" after a question
    let text = "Owen Tarrant met the mayor. \u{201c}Will the toll stay?\u{201d} Tarrant pressed.";
    assert_eq!(
        direct(text, "Will the toll stay").as_deref(),
        Some("Owen Tarrant")
    );
}

#[test]
fn a_person_qualifying_a_described_speaker_is_no_speaker_alone() {
    // "the Tarrant administration" speaks, not Owen Tarrant
    let text = "Owen Tarrant won in May. The Tarrant administration has signaled a \
                willingness to change the law.";
    assert_eq!(
        indirect(text, "a willingness").as_deref(),
        Some("The Tarrant administration")
    );
}

#[test]
fn a_name_qualifying_the_noun_after_said_a_is_not_the_speaker() {
    let text = "Officials met on Monday. “The plan is dead,” said a Pentagon official.";
    assert_eq!(
        direct(text, "The plan is dead").as_deref(),
        Some("a Pentagon official")
    );
}

#[test]
fn a_role_noun_before_a_name_after_said_is_the_named_person() {
    let text = "The vote was close. “Nobody wants this,” said pollster Frank Luntz.";
    assert_eq!(
        direct(text, "Nobody wants this").as_deref(),
        Some("Frank Luntz")
    );
}

#[test]
fn an_inverted_described_speaker_ending_the_sentence() {
    let text =
        "The mill closed early. The plant is under pressure from imports, said the plant manager.";
    assert_eq!(
        indirect(text, "under pressure").as_deref(),
        Some("plant manager")
    );
    let text = "The mill closed early. The plan is dead, said the campaign manager.";
    assert_eq!(
        indirect(text, "plan is dead").as_deref(),
        Some("campaign manager")
    );
}

#[test]
fn a_place_qualifying_an_unnamed_speaker() {
    let text = "The convention opened. A California delegate said he tried to give away passes.";
    assert_eq!(
        indirect(text, "give away passes").as_deref(),
        Some("A California delegate")
    );
}

#[test]
fn an_owned_unnamed_speaker_keeps_its_owner() {
    let text = "Marco Rubio lost badly in New Hampshire. Mr. Rubio's advisers said the night had been difficult.";
    let a = analyze_text(text, None);
    assert_eq!(
        speaker_of(&a, QuoteKind::Indirect, "had been difficult")
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some("Mr. Rubio's advisers")
    );
    // one owner's advisers are not another's
    let text = "Trump's campaign said it raised money. Clinton's campaign said it raised more.";
    let a = analyze_text(text, None);
    let first =
        speaker_of(&a, QuoteKind::Indirect, "it raised money").unwrap_or_else(|e| panic!("{e}"));
    let second =
        speaker_of(&a, QuoteKind::Indirect, "it raised more").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.as_deref(), Some("Trump's campaign"));
    assert_eq!(second.as_deref(), Some("Clinton's campaign"));
}

#[test]
fn a_title_case_headline_with_a_contraction_is_read_for_known_names() {
    let text = "Bernie Sanders Says He’s Already Started Writing His Inaugural Address.\n\nThis is a preview. Bernie Sanders spoke in Iowa.";
    let a = analyze_text(text, None);
    assert!(
        a.actors.iter().all(|x| !x.name.contains("Says")),
        "{:?}",
        a.actors
    );
    assert_eq!(
        speaker_of(&a, QuoteKind::Indirect, "Already Started")
            .unwrap_or_else(|e| panic!("{e}"))
            .as_deref(),
        Some("Bernie Sanders")
    );
}

#[test]
fn plural_speakers_named_by_their_relation_or_trade() {
    let text =
        "Manafort arrived in March. Friends say Manafort has not lived in Washington for years.";
    assert_eq!(indirect(text, "has not lived").as_deref(), Some("Friends"));
    // a share of the whole group, and an opener that is no modifier
    let text = "The debate ended. Most of the candidates said they support the exams.";
    assert_eq!(
        indirect(text, "they support the exams").as_deref(),
        Some("Most of the candidates")
    );
    let text = "The bill passed. Politicians and even some technologists say the effort has been toothless.";
    assert_eq!(
        indirect(text, "toothless").as_deref(),
        Some("some technologists")
    );
}
