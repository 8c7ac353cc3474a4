//! Words for the synthetic consultation: names, organisations, and proposal and comment texts
//! in Markdown, in several of the languages people write in, varied enough that lists, search
//! and pages see realistic text.

use rand::{Rng, RngExt, seq::IndexedRandom};
use sea_orm::Value;

/// The columns a Markdown body is stored in, with their values. Every body written by
/// `tavolo generate` (the consultation's, proposals', comments') goes through here, so a
/// column derived from the text, such as its rendered HTML, is added in this one place.
pub fn body_columns(markdown: String) -> Vec<(&'static str, Value)> {
    let html = crate::markdown::render(&markdown);
    vec![("body", markdown.into()), ("body_html", html.into())]
}

/// The names of the columns `body_columns` fills.
pub fn body_column_names() -> Vec<&'static str> {
    body_columns(String::new())
        .into_iter()
        .map(|(column, _)| column)
        .collect()
}

const FIRST_NAMES: &[&str] = &[
    "Giulia",
    "Marco",
    "Amina",
    "Ahmed",
    "Oksana",
    "Li",
    "Fatou",
    "Luca",
    "Sara",
    "Ion",
    "Mariam",
    "Paolo",
    "Chiara",
    "Mohamed",
    "Elena",
    "Arben",
    "Wei",
    "Rosa",
    "Yusuf",
    "Anna",
    "Francesca",
    "Karim",
    "Olena",
    "Mamadou",
    "Irene",
    "Lorenzo",
    "Nadia",
    "Jorge",
    "Meron",
    "Tommaso",
];

const LAST_NAMES: &[&str] = &[
    "Rossi",
    "Bianchi",
    "Diallo",
    "El Amrani",
    "Kovalenko",
    "Chen",
    "Ndiaye",
    "Ferrari",
    "Hoxha",
    "Popescu",
    "Russo",
    "Esposito",
    "Haddad",
    "Romano",
    "Santos",
    "Gallo",
    "Zhang",
    "Conti",
    "Sow",
    "Marino",
    "Greco",
    "Bruno",
    "Rahman",
    "Ricci",
    "Tesfaye",
    "Moretti",
];

pub const INSTITUTIONS: &[&str] = &[
    "Comune di Prato",
    "Comune di Firenze",
    "Regione Toscana",
    "Azienda USL Toscana Centro",
    "Prefettura di Firenze",
    "Comune di Livorno",
];

pub const THIRD_SECTOR: &[&str] = &[
    "Cooperativa Il Ponte",
    "Associazione Mondo Aperto",
    "Caritas diocesana",
    "ARCI Toscana",
    "Oxfam Italia Intercultura",
    "Centro Interculturale Insieme",
];

pub const THEMES: &[&str] = &[
    "Casa",
    "Lavoro",
    "Lingua italiana",
    "Salute",
    "Documenti",
    "Scuola",
];

/// The languages texts are written in, with how often.
const LANGUAGES: &[(&str, u32)] = &[
    ("it", 68),
    ("en", 9),
    ("fr", 5),
    ("ar", 5),
    ("es", 4),
    ("sq", 3),
    ("uk", 3),
    ("zh", 3),
];

/// Phrases of one language: openings and subjects of titles, sentences of bodies, comments.
struct Phrases {
    actions: &'static [&'static str],
    subjects: &'static [&'static str],
    places: &'static [&'static str],
    sentences: &'static [&'static str],
    comments: &'static [&'static str],
}

fn phrases(language: &str) -> &'static Phrases {
    match language {
        "en" => &EN,
        "fr" => &FR,
        "ar" => &AR,
        "es" => &ES,
        "sq" => &SQ,
        "uk" => &UK,
        "zh" => &ZH,
        _ => &IT,
    }
}

const IT: Phrases = Phrases {
    actions: &[
        "Più",
        "Un servizio stabile di",
        "Orari serali per",
        "Uno sportello unico per",
        "Informazioni chiare su",
        "Fondi certi per",
        "Una mappa online di",
    ],
    subjects: &[
        "corsi di italiano per adulti",
        "mediatori linguistici negli ospedali",
        "alloggi temporanei",
        "rinnovo dei permessi di soggiorno",
        "riconoscimento dei titoli di studio",
        "tirocini retribuiti",
        "doposcuola nei quartieri",
        "consultori familiari",
    ],
    places: &[
        "a Prato",
        "a Firenze",
        "a Livorno",
        "in provincia",
        "nei quartieri",
        "",
    ],
    sentences: &[
        "Oggi le persone aspettano mesi e spesso rinunciano.",
        "Molte famiglie non sanno a chi rivolgersi e perdono scadenze importanti.",
        "Chi lavora di giorno non riesce a seguire le attività negli orari attuali.",
        "Le associazioni fanno già molto, ma senza fondi stabili ogni anno si ricomincia da capo.",
        "Un **punto di riferimento** unico ridurrebbe code e spostamenti inutili.",
        "Si potrebbe partire con una sperimentazione di sei mesi e poi valutarla insieme.",
        "Servono materiali in più lingue e personale formato all'accoglienza.",
    ],
    comments: &[
        "Sono d'accordo, è un problema che vivo ogni settimana.",
        "Buona idea, ma chi paga? Servirebbe una stima dei costi.",
        "Nel mio quartiere c'è già qualcosa di simile, si potrebbe allargare.",
        "Aggiungerei anche il sabato mattina.",
        "Non credo che basti: il problema vero sono i tempi della questura.",
    ],
};

const EN: Phrases = Phrases {
    actions: &[
        "More",
        "Evening hours for",
        "A single desk for",
        "Clear information on",
        "Stable funding for",
    ],
    subjects: &[
        "Italian classes for adults",
        "interpreters in hospitals",
        "temporary housing",
        "residence permit renewals",
        "recognition of qualifications",
    ],
    places: &["in Prato", "in Florence", "across the region", ""],
    sentences: &[
        "People currently wait for months and many give up.",
        "Families often do not know **where to go** and miss deadlines.",
        "Anyone working during the day cannot attend at the current times.",
        "A six-month pilot could be evaluated together afterwards.",
    ],
    comments: &[
        "Agreed, I face this every week.",
        "Good idea, but who pays for it?",
        "Something similar exists in my area and works well.",
    ],
};

const FR: Phrases = Phrases {
    actions: &[
        "Plus de",
        "Un guichet unique pour",
        "Des horaires du soir pour",
        "Des informations claires sur",
    ],
    subjects: &[
        "cours d'italien",
        "médiateurs à l'hôpital",
        "logements temporaires",
        "titres de séjour",
    ],
    places: &["à Prato", "à Florence", ""],
    sentences: &[
        "Aujourd'hui les gens attendent des mois.",
        "Beaucoup de familles ne savent pas **à qui s'adresser**.",
        "Un essai de six mois permettrait d'évaluer le service.",
    ],
    comments: &[
        "Tout à fait d'accord.",
        "Bonne idée, mais qui finance ?",
        "Il faudrait aussi le samedi.",
    ],
};

const AR: Phrases = Phrases {
    actions: &["المزيد من", "مكتب واحد من أجل", "معلومات واضحة عن"],
    subjects: &[
        "دروس اللغة الإيطالية",
        "الوسطاء الثقافيين في المستشفيات",
        "تجديد تصاريح الإقامة",
    ],
    places: &["في براتو", "في فلورنسا", ""],
    sentences: &[
        "ينتظر الناس اليوم شهوراً طويلة.",
        "كثير من العائلات لا تعرف **إلى أين تذهب**.",
        "يمكن البدء بتجربة لمدة ستة أشهر.",
    ],
    comments: &["أوافق تماماً.", "فكرة جيدة، لكن من سيدفع؟"],
};

const ES: Phrases = Phrases {
    actions: &["Más", "Una ventanilla única para", "Horarios de tarde para"],
    subjects: &[
        "clases de italiano",
        "mediadores en los hospitales",
        "viviendas temporales",
    ],
    places: &["en Prato", "en Florencia", ""],
    sentences: &[
        "Hoy la gente espera meses.",
        "Muchas familias no saben **a dónde ir**.",
        "Se podría empezar con una prueba de seis meses.",
    ],
    comments: &["Totalmente de acuerdo.", "Buena idea, ¿pero quién lo paga?"],
};

const SQ: Phrases = Phrases {
    actions: &[
        "Më shumë",
        "Një sportel i vetëm për",
        "Informacion i qartë për",
    ],
    subjects: &[
        "kurse italishteje",
        "ndërmjetës në spitale",
        "leje qëndrimi",
    ],
    places: &["në Prato", "në Firence", ""],
    sentences: &[
        "Sot njerëzit presin me muaj.",
        "Shumë familje nuk dinë **ku të shkojnë**.",
    ],
    comments: &["Jam dakord.", "Ide e mirë, por kush paguan?"],
};

const UK: Phrases = Phrases {
    actions: &["Більше", "Єдине вікно для", "Зрозуміла інформація про"],
    subjects: &[
        "курсів італійської",
        "перекладачів у лікарнях",
        "тимчасового житла",
    ],
    places: &["у Прато", "у Флоренції", ""],
    sentences: &[
        "Сьогодні люди чекають місяцями.",
        "Багато родин не знають, **куди звернутися**.",
    ],
    comments: &["Повністю згоден.", "Гарна ідея, але хто платитиме?"],
};

const ZH: Phrases = Phrases {
    actions: &["增加", "设立统一窗口办理", "提供清晰信息："],
    subjects: &["成人意大利语课程", "医院翻译服务", "居留许可续签"],
    places: &["（普拉托）", "（佛罗伦萨）", ""],
    sentences: &["现在人们要等好几个月。", "很多家庭**不知道去哪里**办理。"],
    comments: &["完全同意。", "好主意，但是谁来出钱？"],
};

/// A language for a new text, the common ones most often.
pub fn language(rng: &mut impl Rng) -> &'static str {
    let total: u32 = LANGUAGES.iter().map(|(_, weight)| weight).sum();
    let mut at = rng.random_range(0..total);
    for (code, weight) in LANGUAGES {
        if at < *weight {
            return code;
        }
        at -= weight;
    }
    "it"
}

fn one<'a>(rng: &mut impl Rng, items: &'a [&'a str]) -> &'a str {
    items.choose(rng).copied().unwrap_or_default()
}

pub fn display_name(rng: &mut impl Rng) -> String {
    format!("{} {}", one(rng, FIRST_NAMES), one(rng, LAST_NAMES))
}

pub fn proposal_title(rng: &mut impl Rng, language: &str) -> String {
    let words = phrases(language);
    let title = format!(
        "{} {} {}",
        one(rng, words.actions),
        one(rng, words.subjects),
        one(rng, words.places)
    );
    title.trim().to_owned()
}

/// Two to four paragraphs, sometimes a list of steps and a link.
pub fn proposal_body(rng: &mut impl Rng, language: &str) -> String {
    let words = phrases(language);
    let mut body = String::new();
    for _ in 0..rng.random_range(2..=4) {
        let sentences: Vec<&str> = (0..rng.random_range(1..=3))
            .map(|_| one(rng, words.sentences))
            .collect();
        body.push_str(&sentences.join(" "));
        body.push_str("\n\n");
    }
    if rng.random_bool(0.3) {
        for _ in 0..rng.random_range(2..=4) {
            body.push_str("- ");
            body.push_str(one(rng, words.subjects));
            body.push('\n');
        }
        body.push('\n');
    }
    if rng.random_bool(0.1) {
        body.push_str("[Regione Toscana](https://www.regione.toscana.it)\n");
    }
    body.trim_end().to_owned()
}

pub fn comment_body(rng: &mut impl Rng, language: &str) -> String {
    let words = phrases(language);
    let mut body = one(rng, words.comments).to_owned();
    if rng.random_bool(0.4) {
        body.push_str("\n\n");
        body.push_str(one(rng, words.sentences));
    }
    body
}

pub fn consultation_body() -> String {
    "## Un tavolo per misurare Tavolo\n\n\
     Contenuti sintetici creati da `tavolo generate` per le prove di carico: account, \
     proposte, commenti e voti distribuiti come in una consultazione molto partecipata.\n\n\
     - **Primo turno**: proposte raccolte e valutate (favorevole, contrario, astenuto).\n\
     - **Secondo turno**: aperto a proposte, commenti e sostegni, risultati in tempo reale."
        .to_owned()
}
