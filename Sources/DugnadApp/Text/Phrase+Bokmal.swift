import DugnadCore

extension Phrase {
    var bokmal: String {
        switch self {
        case .venues(let p): return p.text(.nb)
        case .grants(let p): return p.text(.nb)
        case .grantsInbox(let p): return p.text(.nb)
        case .grantScheme(let p): return p.text(.nb)
        case .grantsCase(let p): return p.text(.nb)
        case .volunteers(let p): return p.text(.nb)
        case .frontDesk(let p): return p.text(.nb)
        case .tab(let t):
            switch t {
            case .calendar: return "Kalender"
            case .venues: return "Lokaler"
            case .grants: return "Tilskudd"
            case .volunteers: return "Frivillige"
            case .directory: return "Register"
            }
        case .action(let a): return a.bokmal
        case .readOnly: return "kun lesetilgang"
        case .role(let r):
            switch r {
            case .frontdesk: return "innbyggertorg"
            case .coordinator: return "frivillighetskoordinator"
            case .grants: return "tilskuddsforvalter"
            case .admin: return "administrator"
            }
        case .terminalTooSmall(let w, let h):
            return "Terminalen er for liten — Dugnad trenger 80×24, har \(w)×\(h). Gjør vinduet større."
        case .loading: return "Henter …"
        case .noRows: return "Ingen treff."
        case .rowCount(let p, let t, let counting): return "\(p) av \(t)" + (counting ? "+" : "")
        case .filter(let f): return "Filter: \(f)"
        case .searchPrompt: return "Søk: "
        case .sortedBy(let k):
            switch k {
            case .name: return "sortert på navn"
            case .kommunedel: return "sortert på kommunedel"
            case .category: return "sortert på kategori"
            case .recent: return "sortert på sist registrert"
            }
        case .yes: return "ja"
        case .no: return "nei"
        case .none: return "(ingen)"
        case .helpTitle: return "Hurtigtaster"
        case .helpContext(let c):
            switch c {
            case .global: return "Overalt"
            case .list: return "Lister"
            case .directory: return "Register"
            case .dayList: return "Dag for dag"
            case .freeSlots: return "Ledige tider"
            case .venueWeek: return "Uka for ett lokale"
            case .venueGrid: return "Rutenettet i Lokaler"
            case .calendar: return "Kalender"
            case .calendarMonth: return "Kalender: månedsvisning"
            case .calendarDay: return "Kalender: dagsvisning"
            case .approvalQueue: return "Godkjenning av forespørsler"
            case .closureList: return "Stengte perioder"
            case .grantsInbox: return "Tilskudd"
            case .grantsCase: return "Tilskuddssak"
            case .grantsBulk: return "Tilskudd: ; og en handling for de merkede"
            case .grantsViews: return "Tilskudd: visninger"
            case .grantsOverview: return "Tilskudd: oversikt"
            case .grantsFunds: return "Tilskudd: eksterne kilder"
            case .grantsDetail: return "Tilskudd: hjelp, historikk, sammenligning"
            case .grantsLetter: return "Tilskudd: vedtaksbrev"
            case .volunteerTriage: return "Frivillige: til vurdering"
            case .volunteerLists: return "Frivillige: lister"
            case .volunteerRequest: return "Frivillige: kandidater"
            case .volunteerProposal: return "Frivillige: forslag til matching"
            case .volunteerRequestList: return "Frivillige: forespørsler"
            case .volunteerCard: return "Frivillige: kort"
            case .volunteerReading: return "Frivillige: tekst"
            case .volunteerHours: return "Frivillige: timer"
            case .volunteerCrisis: return "Frivillige: beredskapsliste"
            case .form: return "Skjema"
            case .overlay: return "Dialoger"
            case .confirm: return "Spørsmål"
            case .help: return "Hjelp"
            }
        case .paletteTitle: return "Kommandoer"
        case .palettePrompt: return "Skriv for å filtrere: "
        case .globalSearchTitle: return "Søk i alt"
        case .globalSearchHint: return "Organisasjoner, bookinger, personer, lokaler, aktiviteter og søknader"
        case .noMatches: return "Ingen treff"
        case .searchKind(let k):
            switch k {
            case .organisation: return "Organisasjon"
            case .booking: return "Booking"
            case .person: return "Frivillig"
            case .staff: return "Ansatt"
            case .venue: return "Lokale"
            case .activity: return "Aktivitet"
            case .application: return "Søknad"
            }
        case .confirmTitle: return "Bekreft"
        case .confirm(let c):
            switch c {
            case .quitDiscardingForm: return "Skjemaet har endringer som ikke er lagret. Avslutte likevel?"
            case .discardForm: return "Forkaste endringene i skjemaet?"
            case .directory(.setOrganisationActive(_, let name, let active)):
                return active ? "Gjøre «\(name)» aktiv igjen?" : "Deaktivere «\(name)»? Den blir stående i registeret som inaktiv."
            case .venues(.cancelBooking(let l)): return FrontDeskPhrase.confirmCancelOne(l).text(.nb)
            case .venues(.cancelSeries(let l)): return FrontDeskPhrase.confirmCancelRest(l).text(.nb)
            case .venues(.setVenueActive(_, let name, let active)): return Phrase.venues(.admin(.confirmActive(name, active))).text(.nb)
            case .venues(.deleteClosure(_, let summary)): return Phrase.venues(.closures(.confirmDelete(summary))).text(.nb)
            }
        case .confirmKeys: return FrontDeskPhrase.confirmKeys.text(.nb)
        case .pickerHint: return "skriv for å filtrere, Enter velger"
        case .dateLong(let d): return "\(Phrase.weekdayShort(d.weekday).bokmal) \(DateText.day(d, .nb))"
        case .weekdayShort(let w): return ["man.", "tir.", "ons.", "tor.", "fre.", "lør.", "søn."][(w - 1) % 7]
        case .organisationCreated(let n): return "Registrerte «\(n)»."
        case .organisationUpdated(let n): return "Lagret endringene i «\(n)»."
        case .organisationDeactivated(let n): return "«\(n)» er deaktivert."
        case .organisationReactivated(let n): return "«\(n)» er aktiv igjen."
        case .notStaff(let u):
            return "Brukeren «\(u)» er ikke registrert som ansatt og kan bare se. En administrator kan kjøre: dugnad staff add \(u) --role frontdesk"
        case .forbidden(let r):
            if let r { return "Rollen din (\(Phrase.role(r).bokmal)) har ikke lov til å gjøre dette." }
            return "Du har ikke lov til å gjøre dette."
        case .databaseLocked(let holder):
            return "Ikke lagret: \(holder.map { "et annet program, \($0)," } ?? "et annet program") holdt databasen låst i 5 sekunder. Prøv igjen om litt."
        case .waitingForLock(let holder):
            return "Lagrer … venter på \(holder.map { "et annet program, \($0)," } ?? "et annet program") som skriver til databasen."
        case .storageError(let s): return "Kunne ikke lagre: \(s)"
        case .fixFields(let n): return n == 1 ? "Ett felt må rettes før skjemaet kan lagres." : "\(n) felt må rettes før skjemaet kan lagres."
        case .databaseDamaged(let finding): return "Databasefilen er skadet (\(finding)). Avslutt og gjenopprett fra siste «dugnad backup» – se README."
        case .saving: return "Lagrer …"
        case .auditAction(let code):
            switch code {
            case "create": return "opprettet"; case "update", "save": return "endret"; case "delete", "remove": return "slettet"
            case "import": return "importert"; case "cancel": return "avlyst"; case "restore": return "gjenopprettet"
            case "approve": return "godkjent"; case "reject": return "avslått"; case "export": return "eksportert"
            default: return code
            }
        case .submitVerb(let v):
            switch v { case .save: return "lagre"; case .apply: return "bruk"; case .search: return "søk"; case .go: return "gå dit"; case .export: return "eksporter" }
        case .nothingSelected: return "Ingenting er valgt."
        case .jumpedTo(let s): return "Viser «\(s)»."
        case .themeFallback(let s): return "Temaet kunne ikke leses, bruker standardtemaet: \(s)"
        case .newOrganisation: return "Ny organisasjon"
        case .editOrganisation(let n): return "Endre «\(n)»"
        case .fieldRequired: return "Må fylles ut."
        case .notANumber: return "Skriv et helt tall."
        case .numberOutOfRange(let a, let b): return "Må være mellom \(a) og \(b)."
        case .dateOutsideRange: return "Datoen er utenfor det Dugnad tar imot (\(CivilDate.supportedRangeText))."
        case .badDate: return "Ukjent dato. Skriv f.eks. 26.11.2026, 26.11, 2026-11-26, i dag eller +3."
        case .badTime: return "Ukjent klokkeslett. Skriv f.eks. 18, 1800 eller 18:00."
        case .organisationProblem(let p):
            switch p {
            case .nameMissing: return "Navnet må fylles ut."
            case .nameTooLong: return "Navnet kan være høyst 120 tegn."
            case .orgNumber(.notNineDigits): return "Organisasjonsnummeret har ni sifre."
            case .orgNumber(.badCheckDigit): return "Kontrollsifferet stemmer ikke — sjekk organisasjonsnummeret."
            case .emailInvalid: return "Ugyldig e-postadresse."
            case .duplicateOrgNumber: return "En annen organisasjon har allerede dette organisasjonsnummeret."
            }
        case .label(let l):
            switch l {
            case .name: return "Navn"
            case .orgNumber: return "Org.nr."
            case .frivillighetsregisteret: return "I Frivillighetsregisteret"
            case .category: return "Kategori"
            case .umbrella: return "Paraplyorganisasjon"
            case .kommunedel: return "Kommunedel"
            case .contact: return "Kontaktperson"
            case .email: return "E-post"
            case .phone: return "Telefon"
            }
        case .directorySection(let s):
            switch s {
            case .organisations: return "Organisasjoner"
            case .services: return "Tjenester"
            case .venues: return "Lokaler"
            case .staff: return "Ansatte"
            }
        case .volunteersSection(let s):
            switch s {
            case .triage: return "Til vurdering"
            case .requests: return "Forespørsler"
            case .volunteers: return "Frivillige"
            }
        case .column(let c): return c.bokmal
        case .active: return "aktiv"
        case .inactive: return "inaktiv"
        case .frivReg(let member): return member ? "I Frivillighetsregisteret" : "Ikke i Frivillighetsregisteret"
        case .umbrellaShort: return "Paraply"
        case .history: return "Historikk"
        case .agreements: return "Samarbeidsavtaler"
        case .involvesMoney: return "med økonomiske overføringer"
        case .agendaTitle(let f, let t): return "Aktiviteter \(DateText.range(f, t, .nb))"
        case .bookingsTitle(let d): return "Bookinger \(Phrase.dateLong(d).bokmal)"
        case .inboxTitle: return "Søknader"
        case .cancelled: return "avlyst"
        case .free: return "gratis"
        case .privatePerson: return "privatperson"
        case .people(let n): return n == 1 ? "1 person" : "\(n) personer"
        case .politiattest: return "politiattest"
        case .weekly: return "ukentlig"
        case .oneOff: return "enkeltgang"
        case .holiday(let h): return h.bokmal
        case .venueKind(let k): return k.bokmal
        case .organisationCategory(let c): return c.bokmal
        case .audience(let a): return a.rawValue
        case .activityCategory(let c): return c.bokmal
        case .applicationStatus(let s): return s.bokmal
        case .bookingStatus(let s): return s.bokmal
        case .requestStatus(let s):
            switch s { case .new: return "ny"; case .triaged: return "vurdert"; case .matching: return "formidles"; case .filled: return "besatt"; case .completed: return "fullført"; case .cancelled: return "avlyst" }
        case .volunteerStatus(let s):
            switch s { case .active: return "aktiv"; case .paused: return "pause"; case .left: return "sluttet" }
        case .priority(let p):
            switch p { case .low: return "lav"; case .normal: return "normal"; case .high: return "høy"; case .urgent: return "haster" }
        case .calendar(let c): return c.text(.nb)
        }
    }
}
