import DugnadCore

extension PaneContext {
    /// The day's public holidays by name, both when two fall together
    /// ("Grunnlovsdag / 2. pinsedag" on 17 May 2027); nil on other days.
    func holidayName(on date: CivilDate) -> String? {
        let names = NorwegianHolidays.holidays(on: date).map { text(.holiday($0.kind)) }
        return names.isEmpty ? nil : names.joined(separator: " / ")
    }
}

extension PaneScope {
    func holidayName(on date: CivilDate) -> String? { context.holidayName(on: date) }
}
