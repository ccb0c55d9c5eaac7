import DugnadCore

extension Action {
    var english: String {
        switch self {
        case .quit: return "quit"
        case .help: return "help"
        case .palette: return "commands"
        case .globalSearch: return "search everything"
        case .redraw: return "redraw the screen"
        case .showCalendar: return "show Calendar"
        case .showVenues: return "show Venues"
        case .showGrants: return "show Grants"
        case .showVolunteers: return "show Volunteers"
        case .showDirectory: return "show Directory"
        case .nextFocus: return "next part"
        case .previousFocus: return "previous part"
        case .moveUp: return "up"
        case .moveDown: return "down"
        case .moveLeft: return "left"
        case .moveRight: return "right"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .first: return "first"
        case .last: return "last"
        case .open: return "open"
        case .close: return "close"
        case .search: return "search the list"
        case .newOrganisation: return "new organisation"
        case .editOrganisation: return "edit"
        case .toggleActive: return "deactivate/activate"
        case .cycleSort: return "sort order"
        case .toggleFlag: return "flag"
        case .tagLine, .tagMatching, .bulkPrefix, .undoBulk, .bulkAssignMe, .bulkAssignStaff, .bulkStatus, .bulkFlag, .bulkUnflag,
             .bulkTag, .grantViews, .saveGrantView, .deleteGrantView, .filterHelp, .grantOverview, .previousYear, .nextYear, .editScheme,
             .applicantHistory, .grantIntake, .compareApplications, .externalFunds, .newExternalFund,
             .editExternalFund: return grantsInboxLabel(.en)
        case .caseStatus: return "change status"
        case .caseAssignMe: return "assign to me"
        case .caseAssignOther: return "assign to someone else"
        case .caseScore: return "score"
        case .caseConflict: return "declare a conflict of interest"
        case .caseRecommend: return "recommendation"
        case .caseDecide: return "decide"
        case .caseAppeal: return "appeal"
        case .caseLetter: return "decision letter"
        case .letterLanguage: return "Bokmål/English"
        case .previousDay: return "previous day"
        case .nextDay: return "next day"
        case .previousWeek: return "previous week"
        case .nextWeek: return "next week"
        case .goToToday: return "today"
        case .calendarMonth: return "month"
        case .calendarWeek: return "week"
        case .calendarAgenda: return "agenda"
        case .calendarDay: return "day"
        case .previousMonth: return "previous month"
        case .nextMonth: return "next month"
        case .goToDate: return "go to date"
        case .newActivity: return "new activity"
        case .quickAddActivity: return "quick add"
        case .editActivity: return "edit activity"
        case .cancelOccurrence: return "cancel/restore"
        case .endSeries: return "end series from date"
        case .filterCalendar: return "filter"
        case .exportCalendar: return "export iCalendar"
        case .save: return "save"
        case .confirmYes: return "answer the highlighted"
        case .confirmNo: return "no"
        case .confirmSwitch: return "switch between no and yes"
        case .selectRange: return "select time range"
        case .extendLeft: return "extend selection left"
        case .extendRight: return "extend selection right"
        case .filterVenues: return "filter venues"
        case .cancelBooking: return "cancel the booking"
        case .cancelSeries: return "cancel the rest of the series"
        case .undoCancel: return "undo the cancellation"
        case .quickBook: return "book a room"
        case .findFreeSlot: return "find a free slot"
        case .venueWeek: return "week ↔ day"
        case .approvalQueue: return "requests awaiting approval"
        case .publishBooking: return "publish the booking as an activity"
        case .editBooking: return "change the booking"
        case .repeatBooking: return "repeat the booking weekly"
        case .approveRequest: return "approve"
        case .rejectRequest: return "reject"
        case .newVenue: return "new venue"
        case .editVenue: return "edit the venue"
        case .toggleVenueActive: return "deactivate/reactivate the venue"
        case .closureList: return "closures"
        case .newClosure: return "new closure"
        case .editClosure: return "edit closure"
        case .deleteClosure: return "delete closure"
        case .registerVolunteer: return "register a volunteer"
        case .triageRequest: return "triage / start matching"
        case .sendBackRequest: return "send back with a question"
        case .matchAll: return "match all open"
        case .proposeVolunteer: return "propose"
        case .confirmAssignment: return "confirm"
        case .declineAssignment: return "decline the proposal"
        case .toggleProposal: return "leave out / take in"
        case .acceptProposal: return "save the proposals"
        case .editVolunteer: return "edit the volunteer"
        case .recordPolitiattest: return "politiattest seen"
        case .confirmationOfPurpose: return "confirmation of purpose"
        case .pauseVolunteer: return "pause / active again"
        case .newRequest: return "new request"
        case .editRequest: return "edit the request"
        case .cyclePriority: return "change priority"
        case .logHours: return "log hours"
        case .logGroupHours: return "log hours for the whole group"
        case .hoursTotals: return "hours (totals)"
        case .cycleHoursGroup: return "total by …"
        case .crisisList: return "crisis call list"
        case .newCrisisQuery: return "new selection"
        case .nextField: return "next field"
        case .previousField: return "previous field"
        }
    }
}

extension Column {
    var english: String {
        switch self {
        case .name: return "Name"
        case .orgNumber: return "Org. no."
        case .kommunedel: return "District"
        case .category: return "Category"
        case .contact: return "Contact"
        case .status: return "Status"
        case .phone: return "Phone"
        case .email: return "E-mail"
        case .service: return "Service"
        case .volunteerContact: return "Volunteer contact"
        case .venue: return "Venue"
        case .kind: return "Type"
        case .site: return "Site"
        case .capacity: return "Seats"
        case .user: return "User"
        case .role: return "Role"
        case .date: return "Date"
        case .time: return "Time"
        case .title: return "Title"
        case .organiser: return "Organiser"
        case .audience: return "For"
        case .booker: return "Booked by"
        case .purpose: return "Purpose"
        case .attendees: return "People"
        case .price: return "Price"
        case .reference: return "Ref."
        case .received: return "Received"
        case .applicant: return "Applicant"
        case .scheme: return "Scheme"
        case .amount: return "Amount"
        case .assignee: return "Officer"
        case .requester: return "From"
        case .needed: return "Needed"
        case .starts: return "Starts"
        case .priority: return "Priority"
        case .skills: return "Skills"
        case .born: return "Born"
        }
    }
}

extension Holiday.Kind {
    var english: String {
        switch self {
        case .newYearsDay: return "New Year's Day"
        case .maundyThursday: return "Maundy Thursday"
        case .goodFriday: return "Good Friday"
        case .easterSunday: return "Easter Sunday"
        case .easterMonday: return "Easter Monday"
        case .labourDay: return "Labour Day"
        case .constitutionDay: return "Constitution Day"
        case .ascensionDay: return "Ascension Day"
        case .whitSunday: return "Whit Sunday"
        case .whitMonday: return "Whit Monday"
        case .christmasDay: return "Christmas Day"
        case .boxingDay: return "Boxing Day"
        }
    }
}

extension VenueKind {
    var english: String {
        switch self {
        case .skolelokale: return "school room"
        case .forsamlingslokale: return "assembly hall"
        case .moterom: return "meeting room"
        case .bibliotek: return "library"
        case .frivilligsentral: return "volunteer centre"
        case .idrettshall: return "sports hall"
        case .gymsal: return "gym"
        case .uteomrade: return "outdoor area"
        }
    }
}

extension OrganisationCategory {
    var english: String {
        switch self {
        case .idrett: return "sport"
        case .kultur: return "culture"
        case .friluftsliv: return "outdoor life"
        case .helseSosial: return "health and social"
        case .barnUnge: return "children and youth"
        case .humanitær: return "humanitarian"
        case .livssyn: return "faith and belief"
        case .nærmiljø: return "neighbourhood"
        case .innvandrer: return "immigrant organisation"
        case .paraply: return "umbrella organisation"
        case .annet: return "other"
        }
    }
}

extension ActivityCategory {
    var english: String {
        switch self {
        case .idrett: return "sport"
        case .kultur: return "culture"
        case .friluftsliv: return "outdoor life"
        case .sosialt: return "social/meeting place"
        case .laering: return "learning"
        case .helse: return "health"
        case .annet: return "other"
        }
    }
}

extension ApplicationStatus {
    var english: String {
        switch self {
        case .received: return "received"
        case .inReview: return "in review"
        case .infoRequested: return "more information requested"
        case .waiting: return "waiting"
        case .appealed: return "appeal pending"
        case .recommended: return "recommended"
        case .granted: return "granted"
        case .partlyGranted: return "partly granted"
        case .rejected: return "rejected"
        case .paid: return "paid"
        case .reportDue: return "report due"
        case .reportReceived: return "report received"
        case .closed: return "closed"
        case .withdrawn: return "withdrawn"
        }
    }
}
