/// The corpus files whose occurrences are NOT exactly the reference
/// expander's, each with the reason (ICalendarCorpusTests). A file not named
/// here must match occurrence by occurrence; a file named here that comes to
/// match fails until its entry is removed. Tests/ICalendarCorpus/README.md
/// sums them up by kind.
enum ICalendarCorpusDifference: Sendable {
    /// Ours skips items the reference expands, each with a report line; the rest matches exactly.
    case refused(String)
    /// The occurrences differ, for the reason given (the file means nothing definite, or Dugnad reads it otherwise on purpose).
    case differs(String)
}

enum ICalendarCorpusDifferences {
    static let thisAndFuture = "RECURRENCE-ID;RANGE=THISANDFUTURE (change the rest of a series) is refused with its report line"
    static let unknownZone = "a TZID that is neither in the tz database nor a VTIMEZONE of the file is refused with its report line "
        + "(the reference guesses a zone or reads it as floating)"
    static let endBeforeStart = "DTEND before DTSTART is refused with its report line (the reference swaps or ignores the end)"
    static let lastVersionWins = "two VEVENTs with one UID and no RECURRENCE-ID (an edited copy after the original): ours keeps the "
        + "first and reports the second as a duplicate UID; the reference keeps the last"

    static let dateStartTimedEnd = "DTSTART is a DATE and DTEND a UTC DATE-TIME (against RFC 5545): ours keeps the event all-day "
        + "from its date, the reference makes the start midnight UTC (01:00 in Oslo)"

    static let expected: [String: ICalendarCorpusDifference] = [
        // Refused, with a report line.
        "icalendar/tests/calendars/issue_156_RDATE_with_PERIOD_TZID_khal.ics": .refused(thisAndFuture),
        "icalendar/tests/calendars/issue_156_RDATE_with_PERIOD_TZID_khal_2.ics": .refused(thisAndFuture),
        "icalendar/tests/calendars/issue_526_calendar_with_different_events.ics": .refused(unknownZone + " (“Western/Central Europe”)"),
        "icalendar/tests/calendars/issue_526_calendar_with_event_subset.ics": .refused(unknownZone + " (“Western/Central Europe”)"),
        "icalendar/tests/calendars/issue_526_calendar_with_events.ics": .refused(unknownZone + " (“Western/Central Europe”)"),
        "icalendar/tests/calendars/issue_526_calendar_with_shuffeled_events.ics": .refused(unknownZone + " (“Western/Central Europe”)"),
        "icalendar/tests/calendars/issue_722_missing_VTIMEZONE_custom.ics": .refused(unknownZone + " (“CUSTOM_tzid”)"),
        "icalendar/tests/calendars/issue_178_custom_component_contains_other.ics":
            .refused("a VEVENT inside an unknown component (MYCOMPTOO) is not read; the component is reported as not supported"),
        "icalendar/tests/calendars/multiple_calendar_components.ics":
            .differs("properties folded across an empty line (`VERSION`, ``, ` :2.0`): each broken line is reported, and the "
                + "event whose DTSTART is broken so is skipped as having none"),
        "recurring_ical_events/test/calendars/end_before_start_event.ics": .refused(endBeforeStart),
        "recurring_ical_events/test/calendars/issue_132_swapped_start_and_end.ics": .refused(endBeforeStart),
        // Read otherwise, on purpose or because the file means nothing definite.
        "recurring_ical_events/test/calendars/issue_75_range_parameter.ics":
            .differs(thisAndFuture + "; so the original series goes on unchanged where the reference applies the changes"),
        "recurring_ical_events/test/calendars/issue_148_edge_case_1.ics": .differs(lastVersionWins),
        "recurring_ical_events/test/calendars/issue_148_exdate_and_rdate_updated.ics": .differs(lastVersionWins),
        "recurring_ical_events/test/calendars/issue_148_ignored_exdate.ics": .differs(lastVersionWins),
        "recurring_ical_events/test/calendars/issue_163_deleted_modification.ics": .differs(lastVersionWins),
        "recurring_ical_events/test/calendars/issue_18_cancel_status.ics":
            .differs("an occurrence with STATUS:CANCELLED is a cancelled date of the series in Dugnad (not listed as taking place); "
                + "the reference lists it"),
        "recurring_ical_events/test/calendars/issue_253_additional_recurrence_id.ics":
            .differs("a RECURRENCE-ID on a date the series does not have (after its UNTIL): the store reports it "
                + "(“the series has no occurrence on …”), the reference drops it; this test does not place overrides as the store does"),
        "recurring_ical_events/test/calendars/issue_201_mixed_datetime_and_date.ics": .differs(dateStartTimedEnd),
        "recurring_ical_events/test/calendars/issue_201_test_matrix.ics": .differs(dateStartTimedEnd),
        "icalendar/tests/calendars/issue_1633_rdate_with_dates.ics":
            .differs("RDATE;VALUE=PERIOD of two DATEs (not a period) in a timed event: ours takes that day at the start's time "
                + "(the start itself, so one occurrence), the reference midnight UTC"),
        "icalendar/tests/events/event_with_recurrence.ics":
            .differs("a floating DTSTART (no zone: read in Oslo, RFC 5545 §3.3.5) with EXDATEs in UTC: the EXDATEs are other "
                + "instants and remove nothing; the reference reads the floating times as UTC"),
    ]
}
