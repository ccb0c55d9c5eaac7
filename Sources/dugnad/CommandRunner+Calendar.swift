import DugnadApp
import DugnadCore
import DugnadStore
import Foundation

extension CommandRunner {
    /// The Calendar pane's effects, each one store call (one transaction).
    func performCalendar(_ command: CalendarCommand, send: (Msg) -> Void) {
        switch command {
        case .load(let query):
            do {
                let slice = if let w = query.window {
                    try database.calendarWindow(from: query.from, through: query.through, filter: query.filter,
                                                anchor: w.anchor, limit: w.limit)
                } else if let slots = query.slots {
                    try database.calendarWeek(from: query.from, through: query.through, filter: query.filter, slots: slots)
                } else {
                    try database.calendar(from: query.from, through: query.through, filter: query.filter, perDay: query.perDay)
                }
                send(.calendar(.loaded(query, slice)))
            } catch {
                send(.calendar(.loadFailed(query, appError(error))))
            }
        case .save(let activity, let rule, let seriesID, let scope, let date):
            do {
                if let seriesID {
                    let storeScope: AppDatabase.SeriesEditScope = switch scope {
                    case .wholeSeries: .wholeSeries
                    case .thisDate: .thisDate
                    case .fromThisDate: .fromThisDate
                    }
                    try database.editSeries(id: seriesID, from: date, scope: storeScope, activity: activity, rule: rule)
                } else {
                    try database.saveActivity(activity, rule: rule)
                }
                send(.calendar(.saved(.success(activity.title))))
            } catch {
                send(.calendar(.saved(.failure(appError(error)))))
            }
        case .setCancelled(let occurrence, let cancelled):
            do {
                try database.setOccurrenceCancelled(occurrence, cancelled)
                var changed = occurrence
                changed.cancelled = cancelled
                send(.calendar(.occurrenceCancelled(.success(changed))))
            } catch {
                send(.calendar(.occurrenceCancelled(.failure(appError(error)))))
            }
        case .endSeries(let id, let date):
            do {
                try database.endSeries(id: id, before: date)
                send(.calendar(.seriesEnded(.success(date))))
            } catch {
                send(.calendar(.seriesEnded(.failure(appError(error)))))
            }
        case .export(let query, let path):
            do {
                let text = try ActivityCalendarExport.ics(database: database, from: query.from, through: query.through,
                                                          filter: query.filter)
                let events = text.components(separatedBy: "BEGIN:VEVENT").count - 1
                do { try text.write(toFile: path, atomically: true, encoding: .utf8) }
                catch { throw StoreError.cannotCreate(path: path, reason: (error as NSError).localizedDescription) }
                send(.calendar(.exported(.success((path: path, events: events)))))
            } catch {
                send(.calendar(.exported(.failure(appError(error)))))
            }
        case .loadSeries(let id, let occurrence):
            send(answer({ .calendar(.seriesLoaded($0, occurrence: occurrence)) }) { try database.activitySeries(id: id) })
        case .loadBookingActivity(let prefill):
            send(answer({ .calendar(.bookingActivityLoaded($0, prefill: prefill)) }) {
                try prefill.bookingID.flatMap { try database.activity(publishedFrom: $0) }
            })
        }
    }
}
