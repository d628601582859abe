//! Common given names of French- and English-speaking countries, folded (lower case, no
//! accents): a byline candidate whose name opens with one is a person's, where a section label
//! (`Open Future`), a menu item (`Court Room`) or a place (`St. Joseph`) opens with a word.
//!
//! A data table, not a rule: the byline ranking reads it as one feature among others
//! (`given_name`, src/ingest/byline_rank.rs) whose weight is fitted, so a name missing here
//! (a handle, a rarer name) still signs a page its other features point to. Words that are
//! also common nouns or months in either language (`will`, `mark`, `may`, `june`, `rose`,
//! `grace`, `hope`) are left out: they open menu items and sentences too.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Whitespace-separated, folded.
const GIVEN_NAMES: &str = "
aaron abby abdel abdelkader abdoulaye abigail adam adele adeline adrian adriana adrien agathe agnes
ahmed aidan aimee ainsley aisha alain alan alana alba albert alberto alec alejandro alex alexa
alexander alexandra alexandre alexandria alexia alexis alfred ali alice alicia alison alistair
allan allison alma alois alyssa amanda amandine amber amelia amelie amina amir amos amy ana anais
anastasia andre andrea andreas andrew andy angela angelica angelina angelique angie anita ann anna
annabelle anne annette annie anthony antoine antoinette anton antonio apolline april arabella arthur
ashley ashton astrid aubrey audrey augustin aurelie aurelien austin ava axel aya aymeric barbara
barry bastien beatrice becky ben benedict benjamin benoit bernadette bernard bertrand beth bethany
betty beverly bianca blaise blake blanche bob bobby boris brad bradley brandon brendan brenda brent
brett brian bridget brigitte brittany brooke bruce bruno bryan caitlin caleb calvin cameron camille
candice cara carl carla carlos carmen carol caroline carolyn casey cassandra catherine cathy cecile
cedric celeste celia celine chad chantal charles charlie charlotte chase chelsea cheryl chloe chris
christelle christian christina christine christophe christopher claire clara clarisse claude claudia
claudine clement clementine cody colin colette connor constance corentin corinne courtney craig
cynthia cyril cyrille dale damien dan dana daniel daniela daniele danielle danny daphne darren dave
david dean deborah debra delphine denis denise dennis derek diana diane didier dimitri dominic
dominique donald donna doris dorothee dorothy doug douglas dylan eddie edgar edith edmond edouard
edward eileen elaine eleanor elena eleonore eli elias elijah elisa elisabeth elise eliza elizabeth
ella ellen elliot elodie eloise elsa emile emilie emily emma emmanuel emmanuelle eric erica erik
erin ernest esther estelle ethan etienne eugene eva evan eve evelyne fabien fabienne fabrice fanny
farid fatima fatou felix fernand fernando fiona florence florent florian francine francis francisco
francois francoise frank franck frederic frederique gabriel gabriella gabrielle gael gaelle
gareth gary gaspard gavin genevieve geoffrey geoffroy george georges georgia gerald gerard gilbert
gilles gina giovanni gisele gordon greg gregoire gregory guillaume gustave gwen gwenaelle hadrien
hailey haley hamid hannah harold harriet harry hassan heather hector helen helena helene henri
henry herve holly hubert hugh hugo hugues ian ibrahim ines ingrid irene iris isaac isabel isabella
isabelle ivan jack jackie jackson jacob jacqueline jacques jade jake james jamie jan jane janet
janice jared jasmine jason jay jean jeanne jeff jeffrey jennifer jenny jeremie jeremy jerome jerry
jess jesse jessica jill jim jimmy jo joan joanna joanne jocelyn joe joel joelle john johnny jon
jonathan jordan jose joseph josephine josh joshua josiane joyce juan judith judy jules julia julian
juliana julie julien juliette justin justine kai kaitlyn karen karim karima karl kate katherine
kathleen kathryn kathy katie katrina kayla keith kelly ken kenneth kevin kim kimberly kirsten kristen
kyle lara laura laurence laurent lauren laure lea leah leila lena leo leon leonard leslie liam
lila lily linda lindsay lionel lisa lise logan loic lois lola lorraine louis louise luc luca lucas
lucie lucy ludovic luke lydia lynn madeleine madison maelle magali malcolm malik manon manuel
marc marcel marco margaret margaux margot maria marianne marie marilyn marine mario marion marjorie
martha martin martine marvin mary mathias mathieu mathilde matt matthew matthias matthieu maud
maude maureen maurice max maxime maximilian megan melanie melissa meredith mia michael michaela
michel michele michelle mickael miguel mike mikael mila miles milo miranda mireille mohamed mohammed
molly monica monique morgan muriel mustapha nadia nadine nancy naomi natalie natasha nathalie nathan
nathaniel neil nelly nicholas nick nicola nicolas nicole nina noah noel noemie nora norman oceane
odile olga olivia olivier omar oscar owen pamela pascal pascale patricia patrick paul paula pauline
peggy penelope perrine peter philip philippe phoebe pierre pierrick quentin rachel rachid rafael
ralph raphael raphaelle ray raymond rebecca regina regis remi remy renaud rene renee richard rick
robert roberto robin rodolphe roger roland romain romane ronald rosalie rosemary ross roxane ruby
russell ruth ryan sabine sabrina sally salome sam samantha samir samuel sandra sandrine sara sarah
scott sean sebastian sebastien serge sergio severine shannon sharon shaun sheila shirley sidney
simon simone solene sonia sophia sophie stanislas stella stephane stephanie stephen steve steven
stuart susan suzanne sylvain sylvie tanguy tanya tara ted teresa terry thea theo theodore theresa
thibault thibaut thierry thomas tiffany tim timothee timothy tina todd tom tommy tony tracy travis
tristan troy tyler ulysse valentin valentine valerie vanessa vera veronica veronique victor victoria
vincent violaine virginie vivian vivien wendy wesley william xavier yann yannick yasmine yohan
youssef yves yvette yvonne zachary zoe
";

/// Whether a folded word is a common given name.
pub(super) fn is_given_name(folded: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| GIVEN_NAMES.split_whitespace().collect()).contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_read_folded_and_words_are_not_names() {
        assert!(is_given_name("helene"));
        assert!(is_given_name("jane"));
        assert!(!is_given_name("Jane"), "the table is folded: callers fold");
        for w in ["open", "court", "saint", "st", "the", "messenger", "cloud", "may", "will"] {
            assert!(!is_given_name(w), "{w}");
        }
    }

    #[test]
    fn the_table_is_folded_and_has_no_copies() {
        let words: Vec<&str> = GIVEN_NAMES.split_whitespace().collect();
        let set: HashSet<&str> = words.iter().copied().collect();
        assert_eq!(set.len(), words.len(), "a name written twice");
        assert!(words.iter().all(|w| crate::text::fold(w) == *w));
    }
}
