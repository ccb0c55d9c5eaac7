import DugnadCore

extension Action {
    var bokmal: String {
        switch self {
        case .quit: return "avslutt"
        case .help: return "hjelp"
        case .palette: return "kommandoer"
        case .globalSearch: return "søk i alt"
        case .redraw: return "tegn skjermen på nytt"
        case .showCalendar: return "vis Kalender"
        case .showVenues: return "vis Lokaler"
        case .showGrants: return "vis Tilskudd"
        case .showVolunteers: return "vis Frivillige"
        case .showDirectory: return "vis Register"
        case .nextFocus: return "neste del"
        case .previousFocus: return "forrige del"
        case .moveUp: return "opp"
        case .moveDown: return "ned"
        case .moveLeft: return "venstre"
        case .moveRight: return "høyre"
        case .pageUp: return "side opp"
        case .pageDown: return "side ned"
        case .first: return "første"
        case .last: return "siste"
        case .open: return "åpne"
        case .close: return "lukk"
        case .search: return "søk i listen"
        case .newOrganisation: return "ny organisasjon"
        case .editOrganisation: return "endre"
        case .toggleActive: return "deaktiver/aktiver"
        case .cycleSort: return "sortering"
        case .toggleFlag: return "flagg"
        case .tagLine, .tagMatching, .bulkPrefix, .undoBulk, .bulkAssignMe, .bulkAssignStaff, .bulkStatus, .bulkFlag, .bulkUnflag,
             .bulkTag, .grantViews, .saveGrantView, .deleteGrantView, .filterHelp, .grantOverview, .previousYear, .nextYear, .editScheme,
             .applicantHistory, .grantIntake, .compareApplications, .externalFunds, .newExternalFund,
             .editExternalFund: return grantsInboxLabel(.nb)
        case .caseStatus: return "endre status"
        case .caseAssignMe: return "tildel meg"
        case .caseAssignOther: return "tildel en annen"
        case .caseScore: return "gi poeng"
        case .caseConflict: return "meld inhabilitet"
        case .caseRecommend: return "innstilling"
        case .caseDecide: return "vedtak"
        case .caseAppeal: return "klage"
        case .caseLetter: return "vedtaksbrev"
        case .letterLanguage: return "bokmål/engelsk"
        case .previousDay: return "forrige dag"
        case .nextDay: return "neste dag"
        case .previousWeek: return "forrige uke"
        case .nextWeek: return "neste uke"
        case .goToToday: return "i dag"
        case .calendarMonth: return "måned"
        case .calendarWeek: return "uke"
        case .calendarAgenda: return "agenda"
        case .calendarDay: return "dag"
        case .previousMonth: return "forrige måned"
        case .nextMonth: return "neste måned"
        case .goToDate: return "gå til dato"
        case .newActivity: return "ny aktivitet"
        case .quickAddActivity: return "hurtigregistrering"
        case .editActivity: return "endre aktivitet"
        case .cancelOccurrence: return "avlys/gjenopprett"
        case .endSeries: return "avslutt serien fra dato"
        case .filterCalendar: return "filtrer"
        case .exportCalendar: return "eksporter iCalendar"
        case .save: return "lagre"
        case .confirmYes: return "svar det markerte"
        case .confirmNo: return "nei"
        case .confirmSwitch: return "bytt mellom nei og ja"
        case .selectRange: return "merk tidsrom"
        case .extendLeft: return "utvid merking til venstre"
        case .extendRight: return "utvid merking til høyre"
        case .filterVenues: return "filtrer lokaler"
        case .cancelBooking: return "avlys bookingen"
        case .cancelSeries: return "avlys resten av serien"
        case .undoCancel: return "angre avlysningen"
        case .quickBook: return "book et rom"
        case .findFreeSlot: return "finn ledig tid"
        case .venueWeek: return "uke ↔ dag"
        case .approvalQueue: return "forespørsler til godkjenning"
        case .publishBooking: return "publiser bookingen som aktivitet"
        case .editBooking: return "endre bookingen"
        case .repeatBooking: return "gjenta bookingen ukentlig"
        case .approveRequest: return "godkjenn"
        case .rejectRequest: return "avslå"
        case .newVenue: return "nytt lokale"
        case .editVenue: return "endre lokalet"
        case .toggleVenueActive: return "deaktiver/aktiver lokalet"
        case .closureList: return "stengte perioder"
        case .newClosure: return "ny stenging"
        case .editClosure: return "endre stenging"
        case .deleteClosure: return "slett stenging"
        case .registerVolunteer: return "registrer frivillig"
        case .triageRequest: return "vurder / start matching"
        case .sendBackRequest: return "send tilbake med spørsmål"
        case .matchAll: return "match alle åpne"
        case .proposeVolunteer: return "foreslå"
        case .confirmAssignment: return "bekreft"
        case .declineAssignment: return "avslå forslaget"
        case .toggleProposal: return "ta ut / ta med"
        case .acceptProposal: return "lagre forslagene"
        case .editVolunteer: return "endre den frivillige"
        case .recordPolitiattest: return "politiattest sett"
        case .confirmationOfPurpose: return "bekreftelse på formål"
        case .pauseVolunteer: return "pause / aktiv igjen"
        case .newRequest: return "ny forespørsel"
        case .editRequest: return "endre forespørselen"
        case .cyclePriority: return "endre prioritet"
        case .logHours: return "før timer"
        case .logGroupHours: return "før timer for hele gruppen"
        case .hoursTotals: return "timer (summer)"
        case .cycleHoursGroup: return "summer etter …"
        case .crisisList: return "beredskapsliste"
        case .newCrisisQuery: return "nytt utvalg"
        case .nextField: return "neste felt"
        case .previousField: return "forrige felt"
        }
    }
}

extension Column {
    var bokmal: String {
        switch self {
        case .name: return "Navn"
        case .orgNumber: return "Org.nr."
        case .kommunedel: return "Kommunedel"
        case .category: return "Kategori"
        case .contact: return "Kontakt"
        case .status: return "Status"
        case .phone: return "Telefon"
        case .email: return "E-post"
        case .service: return "Tjeneste"
        case .volunteerContact: return "Frivillighetskontakt"
        case .venue: return "Lokale"
        case .kind: return "Type"
        case .site: return "Sted"
        case .capacity: return "Plasser"
        case .user: return "Bruker"
        case .role: return "Rolle"
        case .date: return "Dato"
        case .time: return "Tid"
        case .title: return "Tittel"
        case .organiser: return "Arrangør"
        case .audience: return "For"
        case .booker: return "Leietaker"
        case .purpose: return "Formål"
        case .attendees: return "Antall"
        case .price: return "Pris"
        case .reference: return "Saksnr."
        case .received: return "Mottatt"
        case .applicant: return "Søker"
        case .scheme: return "Ordning"
        case .amount: return "Beløp"
        case .assignee: return "Saksbeh."
        case .requester: return "Fra"
        case .needed: return "Trengs"
        case .starts: return "Start"
        case .priority: return "Prioritet"
        case .skills: return "Ferdigheter"
        case .born: return "Født"
        }
    }
}

extension Holiday.Kind {
    var bokmal: String {
        switch self {
        case .newYearsDay: return "1. nyttårsdag"
        case .maundyThursday: return "skjærtorsdag"
        case .goodFriday: return "langfredag"
        case .easterSunday: return "1. påskedag"
        case .easterMonday: return "2. påskedag"
        case .labourDay: return "arbeidernes dag"
        case .constitutionDay: return "grunnlovsdagen"
        case .ascensionDay: return "kristi himmelfartsdag"
        case .whitSunday: return "1. pinsedag"
        case .whitMonday: return "2. pinsedag"
        case .christmasDay: return "1. juledag"
        case .boxingDay: return "2. juledag"
        }
    }
}

extension VenueKind {
    var bokmal: String {
        switch self {
        case .skolelokale: return "skolelokale"
        case .forsamlingslokale: return "forsamlingslokale"
        case .moterom: return "møterom"
        case .bibliotek: return "bibliotek"
        case .frivilligsentral: return "frivilligsentral"
        case .idrettshall: return "idrettshall"
        case .gymsal: return "gymsal"
        case .uteomrade: return "uteområde"
        }
    }
}

extension OrganisationCategory {
    var bokmal: String {
        switch self {
        case .idrett: return "idrett"
        case .kultur: return "kultur"
        case .friluftsliv: return "friluftsliv"
        case .helseSosial: return "helse og sosialt"
        case .barnUnge: return "barn og unge"
        case .humanitær: return "humanitær"
        case .livssyn: return "tros- og livssyn"
        case .nærmiljø: return "nærmiljø"
        case .innvandrer: return "innvandrerorganisasjon"
        case .paraply: return "paraplyorganisasjon"
        case .annet: return "annet"
        }
    }
}

extension ActivityCategory {
    var bokmal: String {
        switch self {
        case .idrett: return "idrett"
        case .kultur: return "kultur"
        case .friluftsliv: return "friluftsliv"
        case .sosialt: return "sosialt/møteplass"
        case .laering: return "læring"
        case .helse: return "helse"
        case .annet: return "annet"
        }
    }
}

extension ApplicationStatus {
    var bokmal: String {
        switch self {
        case .received: return "mottatt"
        case .inReview: return "under behandling"
        case .infoRequested: return "ber om mer informasjon"
        case .waiting: return "venter"
        case .appealed: return "klage til behandling"
        case .recommended: return "innstilt"
        case .granted: return "innvilget"
        case .partlyGranted: return "delvis innvilget"
        case .rejected: return "avslått"
        case .paid: return "utbetalt"
        case .reportDue: return "rapport ventes"
        case .reportReceived: return "rapport mottatt"
        case .closed: return "avsluttet"
        case .withdrawn: return "trukket"
        }
    }
}

extension BookingStatus {
    var bokmal: String {
        switch self {
        case .confirmed: return "bekreftet"
        case .requested: return "venter på godkjenning"
        case .rejected: return "avslått"
        case .cancelled: return "avlyst"
        }
    }
}
