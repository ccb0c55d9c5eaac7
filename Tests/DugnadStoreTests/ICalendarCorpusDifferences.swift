/// The corpus files whose occurrences are NOT exactly the reference
/// expander's, each with the reason (ICalendarCorpusTests). A file not named
/// here must match occurrence by occurrence; a file named here that comes to
/// match fails until its entry is removed.
enum ICalendarCorpusDifference: Sendable {
    /// Ours skips items the reference expands, each with a report line; the rest matches exactly.
    case refused(String)
    /// The occurrences differ, for the reason given (the reference is wrong, or the file means nothing definite).
    case differs(String)
}

enum ICalendarCorpusDifferences {
    static let expected: [String: ICalendarCorpusDifference] = [:]
}
