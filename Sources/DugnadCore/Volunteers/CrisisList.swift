/// Crisis mode (beredskap): everyone active who can be called on a given day, with given skills, in given
/// kommunedeler — the call list the frivilligsentraler bring to the municipality's preparedness group.
public struct CrisisQuery: Sendable, Hashable {
    public var day: CivilDate
    /// Any of these skills (empty: any skill).
    public var skills: [String]
    /// In these kommunedeler (empty: all).
    public var kommunedelIDs: [RowID]
    /// Only those who gave this part of the day (nil: any part of that weekday).
    public var part: DayPart?

    public init(day: CivilDate, skills: [String] = [], kommunedelIDs: [RowID] = [], part: DayPart? = nil) {
        self.day = day; self.skills = skills; self.kommunedelIDs = kommunedelIDs; self.part = part
    }

    /// Whether `v` belongs on the list: active, consent on record, a phone to call, available that weekday
    /// (volunteers who gave no availability are listed too: in a crisis they may still come), adults only.
    public func includes(_ v: Volunteer) -> Bool {
        guard v.status == .active, v.dataConsent != nil, !v.phone.isEmpty, !v.isMinor(in: day.year) else { return false }
        if !skills.isEmpty && !v.skills.contains(where: skills.contains) { return false }
        if !kommunedelIDs.isEmpty && !(v.kommunedelID.map(kommunedelIDs.contains) ?? false) { return false }
        if v.availability.isEmpty { return true }
        let parts = part.map { [$0] } ?? DayPart.allCases
        return parts.contains { v.availability.contains(weekday: day.weekday, part: $0) }
    }

    /// The call list: by kommunedel, then name.
    public func list(_ volunteers: [Volunteer]) -> [Volunteer] {
        volunteers.filter(includes).sorted {
            ($0.kommunedelID ?? 99, $0.name.lowercased(), $0.id) < ($1.kommunedelID ?? 99, $1.name.lowercased(), $1.id)
        }
    }
}
