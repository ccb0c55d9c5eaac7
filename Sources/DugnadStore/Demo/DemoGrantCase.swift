import DugnadCore

/// One generated grant case with everything around it: the application
/// row, its round, scores, a conflict of interest, the recommending body's
/// recommendation, an appeal, tags, attachment names and the timeline.
struct DemoGrantCase {
    var app: GrantApplication
    var round: GrantRound
    var contact: String
    var channel: String
    var projectBudget: Money
    var otherFunding: Money
    var appealedDecision: ApplicationStatus?
    var paidOn: CivilDate?
    var reportReceivedOn: CivilDate?
    var priority: Int?
    var scores: [(criterion: RowID, staff: String, score: Int, note: String)] = []
    var conflict: (staff: String, reason: String, on: CivilDate)?
    var recommendation: (outcome: String, amount: Money?, note: String, on: CivilDate)?
    var appeal: DemoAppeal?
    var tags: [String] = []
    var attachments: [String] = []
    var events: [DemoGrantEvent] = []
}

struct DemoAppeal {
    var receivedOn: CivilDate
    var grounds: String
    var decision: ApplicationStatus
    var decidedOn: CivilDate
    var outcome: AppealOutcome?
    var outcomeOn: CivilDate?
    var note: String
}

struct DemoGrantEvent {
    var on: CivilDate
    var staff: String
    var from: ApplicationStatus?
    var to: ApplicationStatus
    var kind: String
    var note: String
}

/// Texts a grant office writes, in Bokmål.
enum DemoGrantTexts {
    static let infoRequests = ["Ber om budsjett for hele prosjektet.", "Ber om vedtekter og siste årsmelding.",
                               "Ber om oversikt over annen finansiering.", "Ber om bekreftelse på lokale."]
    static let waitingNotes = ["Venter på innstilling fra Idrettsrådet.", "Venter til søknadsfristen er ute.",
                               "Venter på svar fra søker."]
    static let conflictReasons = ["Styremedlem i søkerorganisasjonen.", "Nær familie av kontaktpersonen.",
                                  "Har vært ansatt hos søker de siste to årene.", "Aktiv medlem i laget."]
    static let scoreNotes = ["", "", "Godt beskrevet.", "Svakt budsjett.", "Mange barn og unge deltar.",
                             "Lite egeninnsats.", "Åpent for alle.", "Uklart hvem som deltar."]
    static let appealGrounds = ["Søker mener kommunen har lagt for lite vekt på antallet barn som deltar.",
                                "Søker mener vedtaket bygger på feil opplysninger om budsjettet.",
                                "Søker ber om at søknaden vurderes på nytt med oppdatert budsjett."]
    static let tagWords = ["jubileum", "barn-og-unge", "sjekk-regnskap", "nyoppstartet", "samarbeid", "ettersending"]
    static let attachmentNames = ["budsjett.pdf", "vedtekter.pdf", "årsmelding.pdf", "prosjektbeskrivelse.pdf",
                                  "regnskap.pdf", "bilder.zip"]

    static func reasons(_ outcome: ApplicationStatus, kind: SchemeKind, budgetSpent: Bool, priority: Int?,
                        rng: inout DemoRandom) -> String {
        switch (outcome, kind) {
        case (.rejected, .forwarded):
            return "Anlegget er ikke prioritert i år. Kommunens plan for idrett og fysisk aktivitet prioriterer anlegg for barn og unge i kommunedeler med lav anleggsdekning."
        case (_, .forwarded):
            return "Anlegget er prioritert som nr. \(priority ?? 1) i kommunens liste. Det er i samsvar med kommunens plan for idrett og fysisk aktivitet og har godkjent finansieringsplan."
        case (.rejected, .prize):
            return "Juryen har valgt en annen kandidat i år. Nominasjonen var godt begrunnet."
        case (.granted, .prize):
            return "Juryen har lagt vekt på kandidatens varige innsats og betydning for lokalsamfunnet."
        case (.rejected, _):
            if budgetSpent { return "Budsjettet for ordningen er brukt opp for året, og søknaden nådde ikke opp blant søknadene i runden." }
            return rng.pick(["Tiltaket faller utenfor ordningens formål slik det er beskrevet i retningslinjene.",
                             "Søknaden nådde ikke opp i konkurransen med andre søknader i runden; den fikk lav poengsum på barn og unges deltakelse og egeninnsats.",
                             "Søknaden mangler budsjett og opplysninger om annen finansiering, og kan derfor ikke vurderes."])
        case (.partlyGranted, _):
            return "Tiltaket er innenfor ordningens formål, men ordningen har begrenset budsjett. Midlene er fordelt slik at flest mulig gode tiltak i runden får støtte, og søknaden er innvilget delvis."
        default:
            return rng.pick(["Tiltaket oppfyller ordningens formål og kriterier godt, særlig når det gjelder barn og unges deltakelse.",
                             "Tiltaket er åpent for alle, har et realistisk budsjett og god egeninnsats.",
                             "Søknaden fikk høy poengsum på alle kriteriene og er prioritert i runden."])
        }
    }
}
