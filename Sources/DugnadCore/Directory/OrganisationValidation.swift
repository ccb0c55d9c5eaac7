/// Validation of an organisation as typed into the form or read from CSV.
/// Problems are values; the app translates them.
public enum OrganisationProblem: Sendable, Equatable {
    case nameMissing
    case nameTooLong
    case orgNumber(OrganisationNumber.Problem)
    case emailInvalid
    case duplicateOrgNumber
}

public enum OrganisationField: String, Sendable, Equatable, CaseIterable {
    case name, orgNumber, email
}

public enum OrganisationValidation {
    /// Returns every problem, keyed by the field it belongs to, in field order.
    public static func problems(name: String, orgNumber: String, email: String) -> [(OrganisationField, OrganisationProblem)] {
        var result: [(OrganisationField, OrganisationProblem)] = []
        let trimmedName = name.trimmingWhitespace()
        if trimmedName.isEmpty { result.append((.name, .nameMissing)) }
        else if trimmedName.count > 120 { result.append((.name, .nameTooLong)) }
        let number = orgNumber.trimmingWhitespace()
        if !number.isEmpty, case .failure(let p) = OrganisationNumber.validate(number) {
            result.append((.orgNumber, .orgNumber(p)))
        }
        let mail = email.trimmingWhitespace()
        if !mail.isEmpty && !isPlausibleEmail(mail) { result.append((.email, .emailInvalid)) }
        return result
    }

    static func isPlausibleEmail(_ s: String) -> Bool {
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !s.contains(" ") else { return false }
        return true
    }
}
