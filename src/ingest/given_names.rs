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
ahmed aidan aiden aileen aimee ainsley aisha alain alan alana alba albert alberto alec alejandro
aleksandr alessandro alex alexa alexander alexandra alexandre alexandria alexia alexis alfred ali
alice alicia alison alistair allan allison alma alois alyssa amanda amandine amber amelia amelie
amina amir amos amy ana anais anastasia andre andrea andreas andrew andy angela angelica angelina
angelique angie anita ann anna annabelle anne annette annie anthony antoine antoinette anton antonio
apolline april arabella arnaud arthur ashley ashton astrid aubrey audrey augustin aurelie aurelien
austin ava axel aya ayesha aymeric barbara barry bastien beatrice becky belinda ben benedict
benjamin benoit bernadette bernard bertrand beth bethany betty beverly bianca blaise blake blanche
bob bobby bonnie boris brad bradley brandon brenda brendan brent brett brian bridget brigitte
brittany brooke bruce bruno bryan caitlin caleb calvin cameron camille candice cara carl carla
carlos carmen carol caroline carolyn casey cassandra catherine cathy cecile cecilia cedric celeste
celia celine chad chantal charlene charles charlie charlotte chase chelsea cheryl chloe chris
christelle christian christina christine christophe christopher cindy claire clara clarisse claude
claudia claudine clement clementine cody colette colin connor constance corentin corinne courtney
craig cristina curtis cynthia cyril cyrille dale damien dan dana daniel daniela daniele danielle
danny daphne darren dave david dean deborah debra delphine denis denise dennis derek diana diane
didier dimitri dominic dominique donald donna doris dorothee dorothy doug douglas duncan dustin
dylan eddie edgar edith edmond edouard eduardo edward eileen elaine eleanor elena eleonore eli
eliane elias elijah elisa elisabeth elise eliza elizabeth ella ellen elliot elodie eloise elsa
emeline emile emilie emily emma emmanuel emmanuelle enzo eric erica erik erika erin ernest estelle
esther ethan etienne eugene eva evan eve evelyne fabien fabienne fabrice fanny farid fatima fatou
felix fernand fernando fiona florence florent florian francesca francesco francine francis francisco
franck francois francoise frank frederic frederique gabriel gabriella gabrielle gael gaelle gareth
gary gaspard gavin genevieve geoffrey geoffroy george georges georgia gerald gerard gilbert gilles
gina giovanni gisele giulia glen glenn gloria gordon graham greg gregoire gregory guillaume gustave
gwen gwenaelle hadrien hailey haley hamid hannah harold harriet harry hassan hayley heather hector
heidi helen helena helene henri henry herve holly hubert hugh hugo hugues ian ibrahim ines ingrid
irene iris isaac isabel isabella isabelle ivan jack jackie jackson jacob jacqueline jacques jacqui
jade jake jamal james jamie jan jane janet janice janie jared jasmine jason javier jay jean jeanne
jeff jeffrey jenna jennifer jenny jeremie jeremy jerome jerry jess jesse jessica jill jim jimmy jo
joan joanna joanne jocelyn jodie joe joel joelle johanna john johnny jon jonathan jordan jorge jose
joseph josephine josh joshua josiane joyce juan judith judy jules julia julian juliana julie julien
juliette justin justine kai kaitlyn karen karim karima karina karl kate katherine kathleen kathryn
kathy katie katrina kayla keith kelly ken kendra kenneth kerry kevin khalid kim kimberly kirsten
kristen kristin kyle lara larry laura laure lauren laurence laurent lea leah leila lena leo leon
leonard leslie liam lila lily linda lindsay lindsey lionel lisa lise liz logan loic lois lola
lorraine louis louise luc luca lucas lucia lucie lucy ludovic luis luke lydia lynn madeleine madison
maelle magali maggie malcolm malik manon manuel marc marcel marco margaret margaux margot maria
marian marianne marie marilyn marina marine mario marion marisa marjorie marsha martha martin
martine marvin mary mathias mathieu mathilde matt matthew matthias matthieu maud maude maureen
maurice max maxime maximilian megan melanie melissa meredith mia michael michaela michel michele
micheline michelle mickael miguel mikael mike mila miles milo miranda mireille miriam mitchell
mohamed mohammed molly monica monique morgan muriel mustapha nadia nadine nancy naomi natalie
natasha nathalie nathan nathaniel neil nelly nelson nicholas nick nicola nicolas nicole nina noah
noel noemie nora norman oceane odile olga olivia olivier omar oscar owen paige pamela pascal pascale
patrice patricia patrick paul paula pauline pedro peggy penelope perrine peter philip philippe
phoebe phyllis pierre pierrick priscilla quentin rachel rachid rafael ralph ramon randy raphael
raphaelle ray raymond rebecca regina regis remi remy renaud rene renee rhonda ricardo richard rick
rita robert roberta roberto robin rodolphe rodrigo roger roland romain romane ronald ronan rosa
rosalie rosemary rosie ross roxane roy ruben ruby russell ruth ryan sabine sabrina sally salma
salome sam samantha samir samuel sandra sandrine sara sarah scott sean sebastian sebastien serena
serge sergei sergio severine shane shannon sharon shaun sheila shelby sheryl shirley sidney simon
simone sofia solene sonia sophia sophie stacy stanislas stefan stefanie stella steph stephane
stephanie stephen steve steven stuart susan suzanne sylvain sylvia sylvie tamara tammy tanguy tanya
tara tatiana taylor ted teresa terry thea theo theodore theresa thibault thibaut thierry thomas
tiffany tim timothee timothy tina toby todd tom tommy tony tracey tracy travis trevor tristan troy
tyler ulysse ursula valentin valentine valerie vanessa vera veronica veronique vicky victor victoria
vincent violaine virginia virginie vivian vivien walter wayne wendy wesley william xavier yann
yannick yasmin yasmine yohan yolanda youssef yves yvette yvonne zach zachary zoe
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
