"""Sentence templates for the synthetic corpus: several phrasings per event type, plus filler.

Slots in braces are filled by ``benchmarks.corpus``. The cast of an article:
``H`` the acting (host) state, ``C`` the state a person comes from or that asks, ``X`` a third
state, ``P`` a person, ``O`` an organisation. Suffixes: ``L`` a leader of the state (``HL``),
``A`` its adjective (``HA``), ``C`` its capital (``HC``). ``W`` is the event's date phrase
("on Monday", "yesterday", "on 5 March"), ``D`` a document, ``N`` a number, ``OUT`` an outlet.
Any other slot (``{analysts}``, ``{issue}``) is drawn from ``WORDS``.

Each event type has ``lead`` sentences (the event itself, in active, passive, relative-clause,
nominal and reported forms), ``negated`` leads (a refused or denied event) and ``detail``
sentences that follow a lead.
"""

from __future__ import annotations

__all__ = ["EVENTS", "HEADLINES", "FILLER", "QUOTES", "WORDS", "CLAUSES"]

EVENTS: dict[str, dict[str, list[str]]] = {
    "ASYLUM_GRANT": {
        "lead": [
            "{H} has granted political asylum to {P}, {HL} said {W}.",
            "{P} was granted asylum by {H} {W}, according to {OUT}.",
            "{HL}, who announced {W} that {H} would shelter {P}, said the decision had been taken on humanitarian grounds.",
            "The decision to grant asylum to {P} was announced in {HC} {W}.",
            "{OUT} reported {W} that {P} had been given refuge in {H} and was living under the protection of the state.",
            "{H} offered protection {W} to {P}, who fled {C} after the authorities there opened a criminal case against {him}.",
            "Officials in {HC} confirmed {W} that {P} had received political asylum, ending weeks of speculation about {his} whereabouts.",
            "{P} and members of {his} family are in {HC} under the personal protection of {HL}, the {HA} leader said {W}.",
        ],
        "negated": [
            "{H} will not grant asylum to {P}, {HA} officials said {W}, rejecting an appeal from {his} lawyers.",
            "A request for asylum filed by {P} was turned down by the migration authorities of {H} {W}.",
            "{HL} denied {W} that {H} had offered refuge to {P}, calling the reports speculation.",
        ],
        "detail": [
            "{C} has charged {Ps} with abuse of office, charges {he} says are politically motivated.",
            "{Ps} left {C} after the change of government and has not returned since.",
            "Lawyers for {Ps} said {he} feared for {his} safety if {he} were sent back to {C}.",
            "The foreign ministry of {C} summoned the {HA} ambassador to protest against the decision.",
            "{HL} said {H} had never handed over people who had asked it for help and would not start now.",
            "It was not clear how long {Ps} intended to stay in {HC}.",
        ],
    },
    "EXTRADITION_REQUEST": {
        "lead": [
            "{C} has formally asked {H} to extradite {P}, {CL} said {W}.",
            "A request for the extradition of {P} was sent to {HC} by the prosecutor general's office of {C} {W}.",
            "{CL}, who demanded {W} that {H} hand over {P}, accused {HC} of sheltering a criminal.",
            "{OUT} reported that {C} had insisted on the handover of {P} during talks in {HC} {W}.",
            "The government of {C} said {W} it would seek the extradition of {P} from {H}.",
            "{C} asked {H} {W} to return {P} so that {he} could stand trial at home.",
            "Prosecutors in {CC} sent a fresh request {W} asking the authorities of {H} to surrender {P}.",
            "The extradition of {P} was requested by {C} {W}, the foreign ministry in {CC} said in a statement.",
        ],
        "negated": [
            "{H} refused {W} to extradite {P} to {C}, saying the charges against {him} were politically motivated.",
            "A court in {HC} rejected {W} a request from {C} for the extradition of {P}.",
            "{HL} said {W} that {H} would not hand {P} over to {C} under any circumstances.",
        ],
        "detail": [
            "{C} accuses {Ps} of ordering the use of force against peaceful demonstrators.",
            "There is no extradition treaty between {H} and {C}.",
            "{Ps} has been living in {H} since {his} departure from {C}.",
            "The request was accompanied by an international arrest warrant issued by a court in {CC}.",
            "Officials in {HC} said the request would be examined in accordance with the law.",
            "{Ps}, who denies all the charges, said through {his} lawyers that {he} would fight any attempt to send {him} back.",
        ],
    },
    "SIGNING": {
        "lead": [
            "{HL} and {XL} signed {D} in {HC} {W}.",
            "{D}, which was signed by the leaders of {H} and {X} {W}, commits both sides to closer cooperation.",
            "{H} and {X} signed {D} {W}, {OUT} reported.",
            "According to {OUT}, {D} was signed {W} by the foreign ministers of {H} and {X}.",
            "The signing of {D} by {H} and {X} {W} was welcomed by {O}.",
            "{W}, the governments of {H} and {X} put their signatures to {D}.",
        ],
        "negated": [
            "{XL} declined to sign {D} {W}, saying the text did not reflect the interests of {X}.",
            "{D} was not signed {W} as planned after {X} raised last-minute objections.",
        ],
        "detail": [
            "The document still has to be ratified by the parliaments of both countries.",
            "Officials said the text had been negotiated for more than a year.",
            "Critics in {XC} said the document gave {H} too much influence.",
            "The agreement covers energy, transport and the exchange of security information.",
        ],
    },
    "SUMMIT": {
        "lead": [
            "Leaders of {O} met in {HC} {W} for a summit dominated by {issue}.",
            "The summit of {O}, which was held in {HC} {W}, ended with a joint statement on {issue}.",
            "At a summit of {O} in {HC} {W}, {HL} called for closer coordination on {issue}.",
            "Heads of state from the member countries of {O} gathered in {HC} {W} for their annual summit.",
            "{HL} hosted a summit of {O} in {HC} {W}.",
        ],
        "negated": [
            "{XL} did not attend the summit of {O} in {HC} {W} and sent {XLhis} foreign minister instead.",
        ],
        "detail": [
            "{H} and {X} are both members of {O}.",
            "The leaders adopted a final declaration and agreed to meet again next year.",
            "{XL} used the summit to hold talks with {HL} on the sidelines.",
            "Security was tight in {HC}, where several streets were closed to traffic.",
        ],
    },
    "MEETING": {
        "lead": [
            "{HL} met {XL} in {HC} {W} to discuss {issue}.",
            "Talks between {HL} and {XL}, held {W} in {HC}, focused on {issue}.",
            "{XL} was received by {HL} {W}, {OUT} reported.",
            "{HL} held a meeting with {XL} {W}, the press service of the {HA} leader said.",
            "{HL} and {XL} met behind closed doors {W} for more than three hours.",
        ],
        "negated": [
            "A planned meeting between {HL} and {XL} {W} was called off at short notice.",
        ],
        "detail": [
            "Neither side gave details of what had been agreed.",
            "The two leaders last met {N} months ago.",
            "Officials described the atmosphere of the talks as frank and constructive.",
        ],
    },
    "CHANGE_OF_POWER": {
        "lead": [
            "The government of {C} was overthrown {W} after {N} days of protests in {CC}.",
            "Army officers seized power in {C} {W} and detained several ministers, {OUT} reported.",
            "The ouster of the government in {CC} {W} brought an interim administration to power.",
            "{P}, who was removed from office {W}, fled {C} shortly afterwards.",
            "Opposition leaders declared {W} that they had taken control of {C} after the president fled the capital.",
            "The coup in {C} {W} was condemned by {O}.",
        ],
        "negated": [
            "An attempt to seize power in {C} {W} was put down by troops loyal to the government.",
        ],
        "detail": [
            "An interim government has promised to hold elections within six months.",
            "The new authorities in {CC} accused the former leadership of corruption and abuse of power.",
            "Dozens of people were killed in clashes with the security forces before the government fell.",
            "{H} said it was following the events in {C} closely and called for calm.",
        ],
    },
    "INTERVENTION_REQUEST": {
        "lead": [
            "{CL} asked {O} {W} to send troops to help restore order.",
            "An appeal for military assistance was sent to {H} by the government of {C} {W}.",
            "{CL}, who requested {W} that {H} deploy peacekeepers, said the country faced a threat from armed groups.",
            "{C} has called on {O} to send forces, {CL} said in a televised address {W}.",
            "The request for the deployment of troops from {O} was made by {CL} {W}, {OUT} reported.",
        ],
        "negated": [
            "{O} turned down a request from {C} for troops {W}, offering equipment and advisers instead.",
            "{H} said {W} that it would not send troops to {C}, describing the unrest as an internal matter.",
        ],
        "detail": [
            "The first units were expected to arrive within days.",
            "Officials stressed that any foreign contingent would stay only for a limited period.",
            "The collective security treaty obliges members to help each other in case of aggression.",
        ],
    },
    "STATEMENT": {
        "lead": [
            "In a statement issued {W}, the foreign ministry of {H} said it was concerned about {issue}.",
            "{HL} said in a televised address {W} that {H} would defend its interests.",
            "{O} issued a statement {W} calling on all sides to show restraint.",
            "A joint statement released {W} by {H} and {X} called for dialogue on {issue}.",
        ],
        "negated": [
            "The government of {H} declined to comment {W} on the developments.",
        ],
        "detail": [
            "The statement did not name any country directly.",
            "Diplomats said the wording had been softened at the last moment.",
        ],
    },
    "ACCUSATION": {
        "lead": [
            "{CL} accused {H} {W} of interfering in the internal affairs of {C}.",
            "{H} was accused by officials in {CC} {W} of harbouring people wanted for crimes.",
            "{CL}, who accused {HL} {W} of supporting the opposition, demanded an apology.",
            "The accusation that {H} had helped {P} escape was made by the government of {C} {W}.",
            "{OUT} quoted {CL} as saying {W} that {H} had trained the groups behind the unrest.",
        ],
        "negated": [
            "{HL} rejected {W} accusations from {C} that {H} had meddled in its affairs.",
        ],
        "detail": [
            "{HC} dismissed the allegations as groundless.",
            "No evidence was presented to support the claims.",
        ],
    },
    "THREAT": {
        "lead": [
            "{XL} threatened {W} to impose sanctions on {H} if it did not change course.",
            "{C} warned {H} {W} that relations would suffer if {P} was not handed over.",
            "A threat to cut energy supplies to {X} was made by {HA} officials {W}.",
            "{HL}, who threatened {W} to close the border with {C}, said {H} would not be blackmailed.",
        ],
        "negated": [
            "{HL} said {W} that {H} was not threatening anyone and wanted good relations with {C}.",
        ],
        "detail": [
            "Analysts said the warning was aimed mainly at a domestic audience.",
            "The threat came as relations between the two capitals reached a new low.",
        ],
    },
    "ARREST": {
        "lead": [
            "{P} was arrested in {HC} {W} on an international warrant issued by {C}.",
            "Police in {H} detained {P} {W} at the request of the authorities in {CC}.",
            "The arrest of {P} {W} was confirmed by the interior ministry of {H}.",
            "{OUT} reported that {P} had been detained {W} at the airport in {HC}.",
            "Security officers detained {P} {W} on suspicion of plotting a coup.",
        ],
        "negated": [
            "The authorities of {H} have not arrested {P}, despite a warrant issued by {C}.",
        ],
        "detail": [
            "A court will decide within forty days whether {Ps} should be sent to {C}.",
            "{Ps} was later released on bail and ordered not to leave the country.",
            "Relatives said they had not been allowed to see {him}.",
        ],
    },
    "ELECTION": {
        "lead": [
            "{C} held a presidential election {W}, which {CL} won with {share} percent of the vote, according to official results.",
            "Voters in {C} went to the polls {W} in parliamentary elections that the opposition called unfair.",
            "The election held in {C} {W} was criticised by observers from {O}.",
            "{CL} was declared the winner of the election {W} after a count that the opposition disputed.",
        ],
        "negated": [
            "The electoral commission of {C} postponed {W} an election that had been due this spring.",
        ],
        "detail": [
            "Turnout was reported at {share} percent.",
            "Several opposition candidates were barred from running.",
            "International observers said the vote had been marred by irregularities.",
        ],
    },
    "PROTEST": {
        "lead": [
            "Thousands of people protested in {CC} {W} against the government.",
            "Protesters, who gathered {W} outside the parliament in {CC}, demanded the resignation of the cabinet.",
            "The protests, which began {W} over rising prices, spread quickly to other cities of {C}.",
            "Police used tear gas {W} to disperse demonstrators in {CC}, {OUT} reported.",
        ],
        "negated": [
            "A rally planned in {CC} {W} did not take place after the authorities banned it.",
        ],
        "detail": [
            "Dozens of protesters were detained.",
            "Organisers said more demonstrations would follow.",
            "Internet access was restricted in parts of the capital.",
        ],
    },
    "SANCTION": {
        "lead": [
            "{O} imposed sanctions on {N} officials of {C} {W} over the crackdown on protesters.",
            "Sanctions were imposed on {C} by {X} {W} in response to the disputed election.",
            "{X} announced {W} asset freezes and travel bans against members of the government of {C}.",
            "New sanctions against {H}, which were agreed {W} by {O}, target its banking sector.",
        ],
        "negated": [
            "{X} has so far not imposed sanctions on {CL} personally, officials said {W}.",
        ],
        "detail": [
            "{CC} responded by announcing counter-measures.",
            "The measures also target several companies linked to the security services.",
        ],
    },
    "VISIT": {
        "lead": [
            "{XL} arrived in {HC} {W} on a two-day official visit.",
            "During {XLhis} visit to {H}, which began {W}, {XL} is expected to discuss {issue}.",
            "{XL}'s visit to {HC} {W} was the first by {XA_art} leader in more than a decade.",
            "{XL} paid an unannounced visit to {HC} {W}, {OUT} reported.",
        ],
        "negated": [
            "A planned visit by {XL} to {HC} was postponed {W} for what officials called scheduling reasons.",
        ],
        "detail": [
            "The programme includes a visit to an industrial plant and talks with business leaders.",
            "It was the first foreign trip by {XL} this year.",
        ],
    },
}

HEADLINES: dict[str, list[str]] = {
    "ASYLUM_GRANT": ["{H} grants asylum to {Pname}", "{Pname} given refuge in {H}",
                     "{HLshort} says {Pname} is under {HA} protection"],
    "EXTRADITION_REQUEST": ["{C} asks {H} to extradite {Pname}", "{C} seeks handover of {Pname}",
                            "{CA} prosecutors demand return of {Pname}"],
    "SIGNING": ["{H} and {X} sign cooperation documents", "{HLshort} and {XLshort} sign deal in {HC}"],
    "SUMMIT": ["{Oshort} leaders gather in {HC}", "{Oshort} summit opens in {HC}"],
    "MEETING": ["{HLshort} meets {XLshort} in {HC}", "{HLshort} and {XLshort} hold talks"],
    "CHANGE_OF_POWER": ["Government falls in {C} after protests", "Interim authorities take over in {C}"],
    "INTERVENTION_REQUEST": ["{C} asks {Oshort} for troops", "{CLshort} appeals for foreign forces"],
    "STATEMENT": ["{H} voices concern over {issue}"],
    "ACCUSATION": ["{C} accuses {H} of interference", "{CLshort} blames {H} for unrest"],
    "THREAT": ["{X} threatens {H} with sanctions", "{H} warns {C}"],
    "ARREST": ["{Pname} detained in {H}", "Police in {HC} arrest {Pname}"],
    "ELECTION": ["{C} votes amid opposition boycott", "{CLshort} declared winner in {C}"],
    "PROTEST": ["Thousands rally in {CC}", "Protests spread across {C}"],
    "SANCTION": ["{Oshort} sanctions {CA} officials", "New sanctions on {C}"],
    "VISIT": ["{XLshort} visits {H}", "{XLshort} arrives in {HC}"],
}

QUOTES: list[str] = [
    "\"We will not allow anyone to dictate to us how to run our country,\" {HL} said.",
    "\"This is a decision based on international law and on our own conscience,\" a spokesman for the {HA} government said.",
    "\"The door to dialogue remains open, but our patience is not unlimited,\" {CL} told reporters.",
    "\"Nobody should be under any illusion about what is at stake,\" a senior {XA} diplomat said.",
    "\"We expect our partners to respect the sovereignty of {C},\" the foreign ministry in {CC} said.",
    "\"It is too early to draw conclusions,\" an official in {HC} said, speaking on condition of anonymity.",
]

FILLER: list[str] = [
    "{analysts} in {HC} said the {move} {could} {strain} relations between {H} and {C}.",
    "{analysts} noted that {H} has {long} sought to present itself as a mediator in the region.",
    "The economy of {C} grew by {pct} percent last year, but {issue} remains a source of public anger.",
    "{H} and {C} have close economic ties, and thousands of migrant workers from {C} live in {H}.",
    "Relations between {HC} and {CC} have {trend} since the change of government.",
    "{analysts} said the {move} reflected {H}'s wish to keep its influence in {C}.",
    "The opposition in {C} has repeatedly complained that it is denied access to state television.",
    "{X} has urged both sides to resolve their differences through dialogue.",
    "The parliament of {C} is expected to debate the issue next week.",
    "Officials in {XC} said they were monitoring the situation closely.",
    "The {move} comes at a sensitive time for {H}, which is negotiating a new loan with international creditors.",
    "Prices for food and fuel have risen sharply in {C} over the past year.",
    "{analysts} warned that the dispute could spill over into {issue}.",
    "Human rights groups have criticised the treatment of political prisoners in {C}.",
    "{H} supplies most of the gas consumed in {C} and is its largest trading partner.",
    "The border between {H} and {C} was briefly closed last year during a dispute over {issue}.",
    "Diplomats in {XC} said the {move} had caught many governments by surprise.",
    "The issue is likely to feature prominently in the campaign ahead of next year's elections.",
    "A spokesman for {O} said the organisation was ready to help if asked.",
    "{analysts} said that much would depend on the position of {X}.",
    "Independent media in {C} have come under growing pressure, and several journalists have left the country.",
    "The ruling party holds a comfortable majority in parliament.",
    "Trade between {H} and {X} reached a record level last year, according to official figures.",
    "The government of {C} has promised to reform the judiciary and to fight corruption.",
    "{analysts} said {issue} would remain at the top of the agenda in {HC} for months to come.",
    "{OUT} said the figures could not be independently verified.",
    "Observers said the {move} would test the ability of {O} to act in a crisis.",
    "The last time the two countries came this close to an open break was over {issue}.",
    "Unemployment in {C} has fallen, but wages have not kept pace with inflation.",
    "Several ministers in {HC} have been replaced over the past year in what officials called a routine reshuffle.",
    "{X} has offered to host further talks if both sides agree.",
    "A poll published last month suggested that most people in {C} expect the crisis to drag on.",
    "The dispute has also divided the members of {O}.",
    "Road and rail links between {HC} and {CC} have been upgraded in recent years with foreign loans.",
    "{analysts} pointed out that the constitution of {C} was amended twice in the past decade.",
    "The remittances sent home by workers abroad account for a large share of the economy of {C}.",
    "Officials in {HC} have long denied that they interfere in the politics of their neighbours.",
    "Church leaders in {C} appealed for calm and for the release of those detained.",
    "The currency of {C} lost a fifth of its value against the dollar last year.",
    "{analysts} expect the government in {CC} to seek support from {X}.",
]


WORDS: dict[str, list[str]] = {
    "analysts": ["Analysts", "Diplomats", "Western officials", "Opposition politicians",
                 "Observers", "Political scientists", "Regional experts", "Some commentators"],
    "move": ["decision", "move", "step", "announcement", "development"],
    "could": ["could", "was likely to", "might", "threatened to", "would almost certainly"],
    "strain": ["strain", "complicate", "damage", "test", "reshape"],
    "long": ["long", "for years", "repeatedly", "increasingly"],
    "trend": ["deteriorated", "improved", "remained tense", "been cool", "warmed slightly"],
    "issue": ["regional security", "energy supplies", "the border dispute", "trade routes",
              "migration", "water sharing", "the security situation", "transit fees",
              "the fight against terrorism", "food security", "debt restructuring",
              "arms control", "the rights of minorities", "nuclear safety"],
}

#: Parts of composed filler sentences: subject + predicate + object + adjunct, so long articles
#: rarely repeat a sentence.
CLAUSES: dict[str, list[str]] = {
    # "|s" marks a singular subject, "|p" a plural one; predicates agree through {has}/{it}.
    "subject": ["The {HA} foreign ministry|s", "Lawmakers in {CC}|p", "A spokesman for {O}|s",
                "Business groups in {HC}|p", "The opposition in {C}|s", "Officials in {XC}|p",
                "The {CA} prime minister's office|s", "Several members of parliament|p",
                "A senior adviser to {HL}|s", "Human rights organisations|p",
                "The central bank of {H}|s", "Local authorities in the border regions|p",
                "The state press of {H}|s", "Diplomats accredited in {HC}|p",
                "The main opposition party in {H}|s", "Trade unions in {C}|p",
                "The ombudsman of {C}|s", "Regional governors|p", "An envoy of {X}|s",
                "Economists at the national academy of sciences|p", "The {XA} embassy in {HC}|s",
                "Veterans' organisations|p", "The defence ministry of {C}|s",
                "Students at the state university in {CC}|p"],
    "predicate": ["said {it} would study", "called for an independent investigation into",
                  "expressed concern about", "promised to review", "{has} yet to respond to",
                  "welcomed", "criticised", "warned against", "asked for clarification of",
                  "played down", "rejected", "pledged to support", "raised questions about",
                  "said {it} had not been consulted about", "{has} repeatedly questioned",
                  "urged the government to reconsider", "said {it} saw no alternative to",
                  "demanded more information on", "cautiously endorsed"],
    "object": ["the latest developments", "the proposals put forward by {X}",
               "the government's handling of the crisis", "the plans announced by {HC}",
               "the outcome of the talks", "the decision of the court", "the new security measures",
               "the draft budget", "the agreement with {X}", "the conduct of the police",
               "the position taken by {O}", "the planned increase in fuel prices",
               "the new law on foreign funding", "the appointment of a new prosecutor general",
               "the privatisation of the state railway", "the timetable for the next election",
               "the reform of the electoral code", "the closure of two border crossings",
               "the treaty on water sharing", "the cuts to regional subsidies"],
    "adjunct": ["", "", "", " in the coming weeks", " at a news conference in {HC}",
                ", according to {OUT}", ", officials said", " in a statement on {its} website",
                " during a debate in parliament", " without giving details",
                " late in the evening", " on social media", " in an interview with {OUT}",
                ", in remarks reported by {OUT}"],
}
