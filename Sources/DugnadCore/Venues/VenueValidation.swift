/// A venue as typed into the administration form: text where staff type,
/// values where they choose. `VenueValidation.venue(from:)` reads it.
public struct VenueDraft: Sendable, Equatable {
    public var base: Venue
    public var name: String
    public var kommunedelID: RowID?
    public var capacity: String
    /// One line per weekday, Monday first: `08-16, 18-22`.
    public var hours: [String]
    public var slotMinutes: Int
    public var pricePolicy: PricePolicy
    public var hourlyRate: String
    public var subsidisedRate: String
    /// Comma-separated tags: `projektor, kjøkken`.
    public var equipment: String

    public init(base: Venue, name: String, kommunedelID: RowID?, capacity: String, hours: [String], slotMinutes: Int,
                pricePolicy: PricePolicy, hourlyRate: String, subsidisedRate: String, equipment: String) {
        self.base = base; self.name = name; self.kommunedelID = kommunedelID; self.capacity = capacity
        self.hours = hours; self.slotMinutes = slotMinutes; self.pricePolicy = pricePolicy
        self.hourlyRate = hourlyRate; self.subsidisedRate = subsidisedRate; self.equipment = equipment
    }
}

/// Which part of a venue a problem belongs to (the form shows it there).
public enum VenueField: Sendable, Hashable {
    case name, kommunedel, capacity, slotMinutes, hourlyRate, subsidisedRate, equipment
    /// Opening hours of an ISO weekday (1 = Monday).
    case hours(weekday: Int)
}

public enum VenueProblem: Sendable, Equatable {
    case nameMissing
    case nameTooLong
    case kommunedelMissing
    case capacityNotANumber
    case capacityOutOfRange(ClosedRange<Int>)
    case slotSize
    case hours(OpeningHoursText.Problem)
    case amountUnreadable
    /// The price policy charges this rate, so it must be above zero.
    case rateRequired
    case tagTooLong(String)
    case tooManyTags(Int)
}

public struct VenueIssue: Error, Sendable, Equatable {
    public var field: VenueField
    public var problem: VenueProblem
    public init(_ field: VenueField, _ problem: VenueProblem) { self.field = field; self.problem = problem }
}

/// Every problem of a draft, in form order.
public struct VenueIssues: Error, Sendable, Equatable {
    public var issues: [VenueIssue]
    public init(_ issues: [VenueIssue]) { self.issues = issues }
}

/// The rules of a venue, used by the form (before saving) and the store
/// (inside the write transaction).
public enum VenueValidation {
    public static let capacityRange = 1...10_000
    public static let slotSizes = [15, 30, 60]
    public static let maxNameLength = 120
    public static let maxTagLength = 40
    public static let maxTags = 30

    /// Reads a draft into a venue, or every problem found, in form order.
    public static func venue(from draft: VenueDraft) -> Result<Venue, VenueIssues> {
        var issues: [VenueIssue] = []
        var venue = draft.base
        venue.name = draft.name.trimmingWhitespace()
        venue.slotMinutes = draft.slotMinutes
        venue.pricePolicy = draft.pricePolicy
        if let k = draft.kommunedelID { venue.kommunedelID = k } else { issues.append(VenueIssue(.kommunedel, .kommunedelMissing)) }
        let capacity = draft.capacity.trimmingWhitespace()
        if let n = Int(capacity) { venue.capacity = n } else { issues.append(VenueIssue(.capacity, .capacityNotANumber)) }
        var days: [[OpeningHours.Interval]] = Array(repeating: [], count: 7)
        for weekday in 1...7 {
            let line = draft.hours.indices.contains(weekday - 1) ? draft.hours[weekday - 1] : ""
            switch OpeningHoursText.parse(line, slotMinutes: draft.slotMinutes) {
            case .success(let intervals): days[weekday - 1] = intervals
            case .failure(let p): issues.append(VenueIssue(.hours(weekday: weekday), .hours(p)))
            }
        }
        venue.openingHours = OpeningHours(days: days)
        for (field, text) in [(VenueField.hourlyRate, draft.hourlyRate), (.subsidisedRate, draft.subsidisedRate)] {
            let trimmed = text.trimmingWhitespace()
            let amount: Money? = trimmed.isEmpty ? .zero : Money(parsing: trimmed)
            guard let amount else { issues.append(VenueIssue(field, .amountUnreadable)); continue }
            if field == .hourlyRate { venue.hourlyRate = amount } else { venue.subsidisedRate = amount }
        }
        venue.equipment = tags(draft.equipment)
        // The value rules, without repeating what the text already failed.
        let known = Set(issues.map(\.field))
        issues += problems(venue).filter { !known.contains($0.field) }
        let order: [VenueField] = [.name, .kommunedel, .capacity] + (1...7).map { .hours(weekday: $0) }
            + [.slotMinutes, .hourlyRate, .subsidisedRate, .equipment]
        issues.sort { (order.firstIndex(of: $0.field) ?? 99) < (order.firstIndex(of: $1.field) ?? 99) }
        return issues.isEmpty ? .success(venue) : .failure(VenueIssues(issues))
    }

    /// The rules every stored venue keeps.
    public static func problems(_ venue: Venue) -> [VenueIssue] {
        var issues: [VenueIssue] = []
        let name = venue.name.trimmingWhitespace()
        if name.isEmpty { issues.append(VenueIssue(.name, .nameMissing)) }
        else if name.count > maxNameLength { issues.append(VenueIssue(.name, .nameTooLong)) }
        if !capacityRange.contains(venue.capacity) { issues.append(VenueIssue(.capacity, .capacityOutOfRange(capacityRange))) }
        if !slotSizes.contains(venue.slotMinutes) { issues.append(VenueIssue(.slotMinutes, .slotSize)) }
        // The slot grid is only checked against a slot size that is allowed.
        let slot = slotSizes.contains(venue.slotMinutes) ? venue.slotMinutes : 0
        for weekday in 1...7 {
            if let p = OpeningHoursText.problem(venue.openingHours.intervals(on: weekday), slotMinutes: slot) {
                issues.append(VenueIssue(.hours(weekday: weekday), .hours(p)))
            }
        }
        if venue.hourlyRate.ore < 0 { issues.append(VenueIssue(.hourlyRate, .amountUnreadable)) }
        if venue.subsidisedRate.ore < 0 { issues.append(VenueIssue(.subsidisedRate, .amountUnreadable)) }
        switch venue.pricePolicy {
        case .hourly, .freeForVoluntary:
            if venue.hourlyRate.ore <= 0 { issues.append(VenueIssue(.hourlyRate, .rateRequired)) }
        case .subsidised:
            if venue.subsidisedRate.ore <= 0 { issues.append(VenueIssue(.subsidisedRate, .rateRequired)) }
        case .free: break
        }
        if let long = venue.equipment.first(where: { $0.count > maxTagLength }) {
            issues.append(VenueIssue(.equipment, .tagTooLong(long)))
        } else if venue.equipment.count > maxTags {
            issues.append(VenueIssue(.equipment, .tooManyTags(maxTags)))
        }
        return issues
    }

    /// `Projektor, kjøkken,, projektor` → `["Projektor", "kjøkken"]`: trimmed,
    /// empty ones dropped, the first spelling of a repeated tag kept.
    public static func tags(_ text: String) -> [String] {
        var seen = Set<String>()
        var result: [String] = []
        for piece in text.split(separator: ",") {
            let tag = piece.trimmingWhitespace()
            guard !tag.isEmpty, seen.insert(tag.lowercased()).inserted else { continue }
            result.append(tag)
        }
        return result
    }
}
