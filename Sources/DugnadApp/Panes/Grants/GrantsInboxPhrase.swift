import DugnadCore

/// The texts of the inbox's tools (tags, bulk actions, views, completion,
/// overview, intake, comparison, external funds), Bokmål and English.
public enum GrantsInboxPhrase: Sendable, Equatable {
    case tagged(Int)
    case taggedAll(Int)
    case tagsCleared
    case nothingTagged
    case bulkPrompt(Int)
    case bulkDone(GrantBulkOutcome)
    case tagAdded(tag: String, count: Int)
    case undone(GrantBulkOutcome)
    case nothingToUndo
    case views
    case viewSaved(String)
    case viewDeleted(String)
    case viewApplied(String)
    case refusal(GrantRefusal)
    case suggestions
    case noSuggestions
    case filterHelpTitle
    case filterHelpLine(Int)
    case overviewTitle(Int)
    case overviewColumn(OverviewColumn)
    case overviewHeading(OverviewHeading)
    case group(SchemeGroup)
    case radarLine(first: String, second: String, words: [String])
    case radarNone
    case radarPending
    case historyTitle(String)
    case reportLate
    case noHistory
    case noOrganisation
    case compareTitle
    case compareNeedsTwo
    case weightedTotal
    case noScores
    case fundsTitle
    case fundsSearch(String)
    case noFunds
    case fund(FundField)
    /// The fund form's title: a new source, or the one being changed.
    case fundFormTitle(String?)
    case fundSaved(String)
    /// Saved as inactive: it leaves the list the front desk searches.
    case fundDeactivated(String)
    case form(FormTitle)
    case field(FieldName)
    case intakeSaved(reference: String, applicant: String)
    case registeredOrganisation
    case unregistered

    public enum OverviewColumn: Sendable, Equatable { case name, budget, decided, paid, remaining, applications }
    public enum OverviewHeading: Sendable, Equatable { case schemes, groups, kommunedeler, radar }
    public enum FundField: Sendable, Equatable { case giver, purpose, eligible, deadlines, url, active }
    public enum FormTitle: Sendable, Equatable { case saveView, assign, status, tag, intake }
    public enum FieldName: Sendable, Equatable {
        case viewName, expression, staff, status, tag, organisation, applicant, organisationNumber, scheme, title,
             amountKroner, received
    }

    /// The filter language's help, one line per entry: (what to type, what it means).
    static let helpLines: [(String, (String, String))] = [
        ("status:received,in_review", ("status (kode eller norsk navn), flere med komma", "status (code or name), several with commas")),
        ("status:open / status:decided", ("alle åpne / alle avgjorte", "all open / all decided")),
        ("scheme:kultur", ("ordning (del av navnet)", "scheme (part of its name)")),
        ("group:festivals  kind:grant", ("gruppe og type ordning", "group and kind of scheme")),
        ("assignee:me  assignee:none", ("saksbehandler: meg, ingen eller brukernavn", "assignee: me, none or a username")),
        ("kommunedel:Fjell", ("søkerens kommunedel", "the applicant's kommunedel")),
        ("amount>50000  amount<10000", ("omsøkt beløp i kroner", "amount applied for, in kroner")),
        ("score>3", ("vektet poengsum", "weighted score")),
        ("from:2026-01-01  to:2026-06-30", ("mottatt fra og med / til og med", "received from / until (inclusive)")),
        ("year:2026  ref:2026-0042", ("år og referanse", "year and reference")),
        ("tag:x", ("merke (t/T og ; t setter merker)", "tag (set with ; t after tagging)")),
        ("overdue flagged new conflict tagged", ("frist passert, flagget, ny, inhabilitet, merket", "overdue, flagged, new, conflict, tagged")),
        ("mine unassigned", ("tildelt meg / ikke tildelt", "assigned to me / unassigned")),
        ("!flagged  !status:rejected", ("! foran et ord snur det", "! before a word negates it")),
        ("korps \"Fjell IL\"", ("ord søker i tittel og søker", "words search title and applicant")),
        ("Tab", ("fullfører nøkler og verdier", "completes keys and values")),
    ]

    public func text(_ language: Language) -> String {
        let nb = language == .nb
        func status(_ s: ApplicationStatus) -> String { Phrase.applicationStatus(s).text(language) }
        func list(_ refs: [String]) -> String {
            refs.count <= 5 ? refs.joined(separator: ", ") : refs.prefix(5).joined(separator: ", ") + (nb ? " med flere" : " and more")
        }
        func applications(_ n: Int) -> String { nb ? (n == 1 ? "1 søknad" : "\(n) søknader") : (n == 1 ? "1 application" : "\(n) applications") }
        switch self {
        case .tagged(let n): return nb ? "\(n) merket" : "\(n) tagged"
        case .taggedAll(let n): return nb ? "Merket alle \(n) som filteret viser." : "Tagged all \(n) the filter shows."
        case .tagsCleared: return nb ? "Merkingen er fjernet." : "Tags cleared."
        case .nothingTagged:
            return nb ? "Ingen søknader er merket: t merker linjen, T alle filteret viser."
                : "Nothing is tagged: t tags the line, T all the filter shows."
        case .bulkPrompt(let n):
            return nb ? "; – hva skal gjøres med de \(n) merkede?" : "; – what to do with the \(n) tagged?"
        case .bulkDone(let o):
            var text: String
            switch o.action {
            case .assign(let who?): text = nb ? "\(applications(o.applied)) tildelt \(who)." : "\(applications(o.applied)) assigned to \(who)."
            case .assign(nil): text = nb ? "\(applications(o.applied)) er ikke lenger tildelt noen." : "\(applications(o.applied)) no longer assigned."
            case .setStatus(let s): text = nb ? "\(applications(o.applied)) satt til «\(status(s))»." : "\(applications(o.applied)) set to “\(status(s))”."
            case .flag(true): text = nb ? "\(applications(o.applied)) flagget." : "\(applications(o.applied)) flagged."
            case .flag(false): text = nb ? "Flagg fjernet fra \(applications(o.applied))." : "Flag removed from \(applications(o.applied))."
            }
            if !o.refused.isEmpty {
                text += nb ? " \(o.refused.count) avvist fordi saken ikke kan gå dit: \(list(o.refused))."
                    : " \(o.refused.count) refused as they cannot move there: \(list(o.refused))."
            }
            return text
        case .tagAdded(let tag, let n):
            return nb ? "\(applications(n)) har fått merket «\(tag)»." : "\(applications(n)) tagged “\(tag)”."
        case .undone(let o):
            let what: String
            switch o.action {
            case .assign(let who?): what = nb ? "tildeling til \(who)" : "assigning to \(who)"
            case .assign(nil): what = nb ? "fjerning av saksbehandler" : "unassigning"
            case .setStatus(let s): what = nb ? "status «\(status(s))»" : "status “\(status(s))”"
            case .flag(true): what = nb ? "flagging" : "flagging"
            case .flag(false): what = nb ? "fjerning av flagg" : "unflagging"
            }
            return nb ? "Angret: \(what) på \(applications(o.applied))." : "Undone: \(what) of \(applications(o.applied))."
        case .nothingToUndo: return nb ? "Ingen samlet handling å angre." : "No bulk action to undo."
        case .views: return nb ? "Visninger" : "Views"
        case .viewSaved(let n): return nb ? "Visningen «\(n)» er lagret." : "View “\(n)” saved."
        case .viewDeleted(let n): return nb ? "Visningen «\(n)» er slettet." : "View “\(n)” deleted."
        case .viewApplied(let n): return nb ? "Visning: \(n)" : "View: \(n)"
        case .refusal(let r): return nb ? r.message.nb : r.message.en
        case .suggestions: return nb ? "Tab:" : "Tab:"
        case .noSuggestions: return nb ? "Ingen forslag her." : "No suggestions here."
        case .filterHelpTitle: return nb ? "Filterspråket (/)" : "The filter language (/)"
        case .filterHelpLine(let i):
            guard Self.helpLines.indices.contains(i) else { return "" }
            return nb ? Self.helpLines[i].1.0 : Self.helpLines[i].1.1
        case .overviewTitle(let y): return nb ? "Oversikt over tilskudd \(y)" : "Grants overview \(y)"
        case .overviewColumn(let c):
            switch c {
            case .name: return nb ? "Ordning" : "Scheme"
            case .budget: return nb ? "Budsjett" : "Budget"
            case .decided: return nb ? "Vedtatt" : "Decided"
            case .paid: return nb ? "Utbetalt" : "Paid"
            case .remaining: return nb ? "Igjen" : "Remaining"
            case .applications: return nb ? "Søkn." : "Appl."
            }
        case .overviewHeading(let h):
            switch h {
            case .schemes: return nb ? "Ordninger" : "Schemes"
            case .groups: return nb ? "Grupper" : "Groups"
            case .kommunedeler: return nb ? "Kommunedeler" : "Kommunedeler"
            case .radar: return nb ? "Mulig dobbeltfinansiering" : "Possible double funding"
            }
        case .group(let g):
            switch g {
            case .projects: return nb ? "Prosjekter" : "Projects"
            case .festivals: return nb ? "Arrangementer og festivaler" : "Events and festivals"
            case .operating: return nb ? "Driftstilskudd" : "Operating grants"
            case .healthSocial: return nb ? "Helse og sosialt" : "Health and social"
            case .sportOutdoor: return nb ? "Idrett og friluftsliv" : "Sport and outdoors"
            }
        case .radarLine(let a, let b, let words):
            return "\(a) ↔ \(b): " + words.prefix(4).joined(separator: ", ")
        case .radarNone: return nb ? "Radaren finner ingen like formål." : "The radar finds no matching purposes."
        case .radarPending:
            return nb ? "Enter: kjør radaren (sammenligner alle årets søknader og avtaler)"
                : "Enter: run the radar (compares every application and agreement of the year)"
        case .historyTitle(let n): return nb ? "Søkerhistorikk · \(n)" : "Applicant history · \(n)"
        case .reportLate: return nb ? "rapport for sent" : "report late"
        case .noHistory: return nb ? "Ingen søknader fra denne søkeren." : "No applications from this applicant."
        case .noOrganisation:
            return nb ? "Søkeren er ikke en registrert organisasjon, så historikken kan ikke leses."
                : "The applicant is not a registered organisation, so there is no history to read."
        case .compareTitle: return nb ? "Sammenligning" : "Comparison"
        case .compareNeedsTwo:
            return nb ? "Sammenligning trenger to søknader: merk to, eller stå på en som har en linje under seg."
                : "Comparing needs two applications: tag two, or stand on one with a line below it."
        case .weightedTotal: return nb ? "Vektet sum" : "Weighted total"
        case .noScores: return nb ? "ingen poeng" : "no scores"
        case .fundsTitle: return nb ? "Eksterne tilskuddskilder" : "External funding sources"
        case .fundsSearch(let q): return nb ? "søk: \(q)" : "search: \(q)"
        case .noFunds: return nb ? "Ingen kilder passer søket." : "No source matches the search."
        case .fund(let f):
            switch f {
            case .giver: return nb ? "Giver" : "Giver"
            case .purpose: return nb ? "Til" : "For"
            case .eligible: return nb ? "Hvem kan søke" : "Who may apply"
            case .deadlines: return nb ? "Frister" : "Deadlines"
            case .url: return nb ? "Lenke" : "Link"
            case .active: return nb ? "Aktiv" : "Active"
            }
        case .fundFormTitle(let giver?): return nb ? "Endre tilskuddskilde: \(giver)" : "Edit funding source: \(giver)"
        case .fundFormTitle(nil): return nb ? "Ny tilskuddskilde" : "New funding source"
        case .fundSaved(let giver): return nb ? "Lagret «\(giver)»." : "Saved “\(giver)”."
        case .fundDeactivated(let giver):
            return nb ? "«\(giver)» er lagret som inaktiv og vises ikke lenger i listen."
                : "“\(giver)” is saved as inactive and no longer listed."
        case .form(let f):
            switch f {
            case .saveView: return nb ? "Lagre filteret som visning" : "Save the filter as a view"
            case .assign: return nb ? "Tildel de merkede søknadene" : "Assign the tagged applications"
            case .status: return nb ? "Sett status på de merkede" : "Set the status of the tagged"
            case .tag: return nb ? "Gi de merkede et merke" : "Tag the tagged applications"
            case .intake: return nb ? "Ny søknad (papir eller oppmøte)" : "New application (paper or walk-in)"
            }
        case .field(let f):
            switch f {
            case .viewName: return nb ? "Navn" : "Name"
            case .expression: return nb ? "Filter" : "Filter"
            case .staff: return nb ? "Saksbehandler" : "Officer"
            case .status: return nb ? "Ny status" : "New status"
            case .tag: return nb ? "Merke" : "Tag"
            case .organisation: return nb ? "Organisasjon" : "Organisation"
            case .applicant: return nb ? "Eller søkerens navn" : "Or the applicant's name"
            case .organisationNumber: return nb ? "Org.nr." : "Org. no."
            case .scheme: return nb ? "Ordning" : "Scheme"
            case .title: return nb ? "Tittel" : "Title"
            case .amountKroner: return nb ? "Beløp (kr)" : "Amount (NOK)"
            case .received: return nb ? "Mottatt" : "Received"
            }
        case .intakeSaved(let ref, let applicant):
            return nb ? "Søknad \(ref) fra \(applicant) er registrert." : "Application \(ref) from \(applicant) is registered."
        case .registeredOrganisation: return nb ? "registrert" : "registered"
        case .unregistered: return nb ? "(ikke i registeret)" : "(not registered)"
        }
    }
}

extension Action {
    /// Labels of the inbox tools' actions (hint line, `?`, palette).
    func grantsInboxLabel(_ language: Language) -> String {
        let nb = language == .nb
        switch self {
        case .tagLine: return nb ? "merk" : "tag"
        case .tagMatching: return nb ? "merk alle i filteret" : "tag all matching"
        case .bulkPrefix: return nb ? "gjør med merkede" : "act on tagged"
        case .undoBulk: return nb ? "angre samlet handling" : "undo bulk action"
        case .bulkAssignMe: return nb ? "tildel meg" : "assign to me"
        case .bulkAssignStaff: return nb ? "tildel …" : "assign to …"
        case .bulkStatus: return nb ? "sett status" : "set status"
        case .bulkFlag: return nb ? "flagg" : "flag"
        case .bulkUnflag: return nb ? "fjern flagg" : "unflag"
        case .bulkTag: return nb ? "gi merke" : "add tag"
        case .grantViews: return nb ? "visninger" : "views"
        case .saveGrantView: return nb ? "lagre filteret som visning" : "save filter as view"
        case .deleteGrantView: return nb ? "slett visning" : "delete view"
        case .filterHelp: return nb ? "filterspråket" : "filter language"
        case .grantOverview: return nb ? "oversikt" : "overview"
        case .previousYear: return nb ? "forrige år" : "previous year"
        case .nextYear: return nb ? "neste år" : "next year"
        case .editScheme: return nb ? "endre vilkår" : "edit terms"
        case .applicantHistory: return nb ? "søkerhistorikk" : "applicant history"
        case .grantIntake: return nb ? "ny tilskuddssøknad (skranke)" : "new grant application (front desk)"
        case .compareApplications: return nb ? "sammenlign to" : "compare two"
        case .externalFunds: return nb ? "eksterne tilskudd" : "external funds"
        case .newExternalFund: return nb ? "ny tilskuddskilde" : "new funding source"
        case .editExternalFund: return nb ? "endre tilskuddskilden" : "edit the funding source"
        default: return rawValue
        }
    }
}
