/// What a booking costs, from the venue's price policy.
public enum PriceRule {
    /// Øre-exact: the hourly rate times the real duration (a booking over the
    /// night the clocks change is billed for the hours it actually lasts),
    /// rounded to the nearest øre (half up).
    public static func price(venue: Venue, start: CivilDateTime, end: CivilDateTime,
                             organisationInFrivillighetsregisteret: Bool) -> Money {
        let rate: Money
        switch venue.pricePolicy {
        case .free: return .zero
        case .freeForVoluntary:
            if organisationInFrivillighetsregisteret { return .zero }
            rate = venue.hourlyRate
        case .hourly: rate = venue.hourlyRate
        case .subsidised: rate = venue.subsidisedRate
        }
        let minutes = Int64(max(0, OsloClock.elapsedMinutes(from: start, to: end)))
        return Money(ore: (rate.ore * minutes + 30) / 60)
    }
}
