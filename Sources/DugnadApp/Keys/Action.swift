/// Everything a user can do with a key. Labels live in the phrase table; the
/// hint line, the `?` overlay and the command palette are generated from the
/// key map of these actions — never written by hand.
public enum Action: String, Sendable, CaseIterable, Hashable {
    // Global
    case quit, help, palette, globalSearch, redraw
    case showCalendar, showVenues, showGrants, showVolunteers, showDirectory
    case nextFocus, previousFocus
    // Lists
    case moveUp, moveDown, moveLeft, moveRight, pageUp, pageDown, first, last
    case open, close, search
    // Directory
    case newOrganisation, editOrganisation, toggleActive, cycleSort
    // Day-based lists (Calendar, Venues)
    case previousDay, nextDay, previousWeek, nextWeek, goToToday
    // Forms
    case save, nextField, previousField
    // A yes/no question
    case confirmYes, confirmNo, confirmSwitch
    // Venues grid
    case selectRange, extendLeft, extendRight, goToDate, filterVenues, cancelBooking, cancelSeries, undoCancel, quickBook, approvalQueue
    // The week of one venue (toggled from the grid)
    case venueWeek
    // Find a free slot (a dialog, then a list over the grid)
    case findFreeSlot
    // From booking to activity (Venues grid → Calendar form)
    case publishBooking
    // Change a booking (one date or its series from that date), or repeat it weekly
    case editBooking, repeatBooking
    // Approval queue
    case approveRequest, rejectRequest
    // Venue administration (admin) and closures
    case newVenue, editVenue, toggleVenueActive, closureList, newClosure, editClosure, deleteClosure
    // Calendar
    case calendarMonth, calendarWeek, calendarAgenda, calendarDay, previousMonth, nextMonth
    case newActivity, quickAddActivity, editActivity, cancelOccurrence, endSeries, filterCalendar, exportCalendar
    // Grants
    case toggleFlag
    // The grant inbox's tools (tags and `;` actions, views, overview, intake, comparison, external funds)
    case tagLine, tagMatching, bulkPrefix, undoBulk, bulkAssignMe, bulkAssignStaff, bulkStatus, bulkFlag, bulkUnflag, bulkTag
    case grantViews, saveGrantView, deleteGrantView, filterHelp, grantOverview, previousYear, nextYear, applicantHistory
    /// A grant scheme's terms, from the overview (administrators).
    case editScheme
    case grantIntake, compareApplications, externalFunds, newExternalFund, editExternalFund
    // The grant case view: the officer's work, and the decision letter over it
    case caseStatus, caseAssignMe, caseAssignOther, caseScore, caseConflict, caseRecommend, caseDecide, caseAppeal
    case caseLetter, letterLanguage
    // Volunteers
    case registerVolunteer, triageRequest, sendBackRequest, matchAll, proposeVolunteer, confirmAssignment,
         declineAssignment, toggleProposal, acceptProposal
    // Volunteers: the desk (a volunteer's card, requests, hours, the crisis list)
    case editVolunteer, recordPolitiattest, confirmationOfPurpose, pauseVolunteer, newRequest, editRequest,
         cyclePriority, logHours, logGroupHours, hoursTotals, cycleHoursGroup, crisisList, newCrisisQuery
}

/// Where the user is; each context has its own bindings on top of the global ones.
public enum KeyContext: Sendable, Equatable, CaseIterable {
    case global, list, directory, dayList, form, overlay, venueGrid, venueWeek, freeSlots, calendar, approvalQueue
    /// The Calendar's month and day views: `[`/`]` step by their own period.
    case calendarMonth, calendarDay
    case closureList
    case grantsInbox, grantsCase
    /// The inbox's tools: after `;`, the views sidebar, the overview, external funds, a box closed with Esc.
    case grantsBulk, grantsViews, grantsOverview, grantsFunds, grantsDetail
    /// The decision letter shown over a grant case.
    case grantsLetter
    case volunteerTriage, volunteerLists, volunteerRequest, volunteerProposal
    case volunteerRequestList, volunteerCard, volunteerReading, volunteerHours, volunteerCrisis
    /// A yes/no question (the confirm dialog).
    case confirm
    /// The `?` help over everything (scrolls with j/k too).
    case help
}
