#include "commands/live_validation.hxx"

#include "commands/commands.hxx"
#include "common/per_document.hxx"
#include "common/uno_conversions.hxx"
#include "document/changed_ranges.hxx"
#include "document/findings_sheet_writer.hxx"
#include "document/marks_in_place.hxx"
#include "document/merged_areas.hxx"
#include "document/row_blocks.hxx"
#include "document/workbook_reader.hxx"
#include "document/write_lock.hxx"

#include "huibao/validation/cell_marks.hpp"
#include "huibao/workbook/workbook.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentEventBroadcaster.hpp>
#include <com/sun/star/document/XDocumentEventListener.hpp>
#include <com/sun/star/document/XUndoManagerListener.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/util/XChangesNotifier.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <cppuhelper/implbase5.hxx>
#include <rtl/ref.hxx>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace huibao::uno {

using css::uno::Reference;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using ::rtl::OUString;

namespace {

// HUIBAO_TRACE=1: each live update's phases to soffice's log, in ms of wall
// time and, in brackets, of this thread's CPU time (the live bench's figures
// are end to end, and on a shared machine wall times follow the load).
class LiveTrace {
public:
    explicit LiveTrace(const char* what) : on_(std::getenv("HUIBAO_TRACE") != nullptr), what_(what) {
        if (on_) {
            start_ = last_ = std::chrono::steady_clock::now();
            cpuStart_ = cpuLast_ = cpu();
        }
    }
    ~LiveTrace() {
        if (on_)
            std::fprintf(stderr, "huibao-trace live %s:%s total %.1f [%.1f]\n", what_, steps_.c_str(), since(start_),
                         cpu() - cpuStart_);
    }
    LiveTrace(const LiveTrace&) = delete;
    LiveTrace& operator=(const LiveTrace&) = delete;
    void step(const char* name) {
        if (!on_) return;
        char text[96];
        const double now = cpu();
        std::snprintf(text, sizeof text, " %s %.1f [%.1f]", name, since(last_), now - cpuLast_);
        steps_.append(text);
        last_ = std::chrono::steady_clock::now();
        cpuLast_ = now;
    }

private:
    static double since(std::chrono::steady_clock::time_point t) {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
    }
    static double cpu() {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    }
    bool on_;
    const char* what_;
    std::string steps_;
    std::chrono::steady_clock::time_point start_, last_;
    double cpuStart_ = 0, cpuLast_ = 0;
};

// How long 校验结果 waits after the marks (see scheduleFindingsSheet).
constexpr std::chrono::milliseconds kFindingsSheetDelay{10};

int gPauses = 0;   // LivePause objects alive (main thread, under the SolarMutex)
int gCommands = 0; // LivePause objects made so far: commands run

// Huibao's own writes are not the officer's edits: kept out of undo. Calc
// turns its undo manager back on behind the lock after an attribute change
// (a fill; measured in LibreOffice 7.4: the second fill written under one
// lock is recorded), so the lock is taken afresh before each write.
class UndoLock {
public:
    explicit UndoLock(const Reference<css::sheet::XSpreadsheetDocument>& document) {
        Reference<css::document::XUndoManagerSupplier> supplier(document, UNO_QUERY);
        if (supplier.is()) manager_ = supplier->getUndoManager();
        if (manager_.is()) manager_->lock();
    }
    ~UndoLock() {
        try {
            if (manager_.is()) manager_->unlock();
        } catch (...) {}
    }
    UndoLock(const UndoLock&) = delete;
    UndoLock& operator=(const UndoLock&) = delete;

    // Unlocking the last lock enables undo, locking disables it again: what
    // Calc turned on since is off once more.
    void renew() {
        if (!manager_.is()) return;
        manager_->unlock();
        manager_->lock();
    }

private:
    Reference<css::document::XUndoManager> manager_;
};

// Huibao's writes to 校验结果, under Calc's write lock (measured on the bench
// workbook: 1,000 单元格 links 0.2-0.3 s instead of 1.2 s; the marks'
// fills and comments gain nothing from it) and out of undo. Calc applies part of what was
// written under the write lock only as the lock goes, and would record that
// as the officer's input: undo is locked first, renewed just before the
// write lock goes, and released last.
template <class Write>
void writeQuietly(const Reference<css::sheet::XSpreadsheetDocument>& document, Write write) {
    UndoLock undo(document);
    WriteLock lock(document);
    write(undo);
    undo.renew();
}

bool sameMarks(const std::vector<CellMark>& a, const std::vector<CellMark>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), showsSame);
}

// Two lists 校验结果 shows alike.
bool sameFindings(const std::vector<Finding>& a, const std::vector<Finding>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Finding& x, const Finding& y) {
        return x.row == y.row && x.targetColumn() == y.targetColumn() && x.code == y.code && x.severity == y.severity &&
               x.sheetName == y.sheetName && x.field == y.field && x.message == y.message;
    });
}

// The rows an event touched on one sheet.
struct TouchedRows {
    sal_Int32 first = SAL_MAX_INT32;
    sal_Int32 last = -1;
    sal_Int32 lastColumn = 0;
    bool structure = false; // rows or columns inserted or deleted: the sheet is read again
};

void touch(std::map<sal_Int32, TouchedRows>& touched, const css::table::CellRangeAddress& address, bool structure) {
    auto& rows = touched[address.Sheet];
    rows.first = std::min(rows.first, address.StartRow);
    rows.last = std::max(rows.last, address.EndRow);
    rows.lastColumn = std::max<sal_Int32>(rows.lastColumn, address.EndColumn);
    rows.structure = rows.structure || structure;
}

class LiveSession;

// The session's UNO face: Calc's changes and modify events, the undo
// manager's undo and redo, the document's save events and the main loop's
// callback.
class Listener : public cppu::WeakImplHelper5<css::util::XChangesListener, css::util::XModifyListener,
                                              css::document::XUndoManagerListener,
                                              css::document::XDocumentEventListener, css::awt::XCallback> {
public:
    explicit Listener(LiveSession* session) : session_(session) {}
    void detach() { session_ = nullptr; }

    void SAL_CALL changesOccurred(const css::util::ChangesEvent& event) override;
    void SAL_CALL modified(const css::lang::EventObject& event) override;
    void SAL_CALL notify(const css::uno::Any& data) override;
    void SAL_CALL disposing(const css::lang::EventObject& event) override;
    void SAL_CALL documentEventOccured(const css::document::DocumentEvent& event) override;

    void SAL_CALL actionUndone(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL actionRedone(const css::document::UndoManagerEvent& event) override;
    void SAL_CALL undoActionAdded(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL allActionsCleared(const css::lang::EventObject&) override {}
    void SAL_CALL redoActionsCleared(const css::lang::EventObject&) override {}
    void SAL_CALL resetAll(const css::lang::EventObject&) override {}
    void SAL_CALL enteredContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL enteredHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL leftHiddenContext(const css::document::UndoManagerEvent&) override {}
    void SAL_CALL cancelledContext(const css::document::UndoManagerEvent&) override {}

private:
    LiveSession* session_;
};

// Ends the session of `document` once its current call has returned.
void endLater(const Reference<css::sheet::XSpreadsheetDocument>& document);

class LiveSession {
public:
    LiveSession(Reference<css::sheet::XSpreadsheetDocument> document,
                const Reference<css::uno::XComponentContext>& context, std::shared_ptr<LiveValidator> validator)
        : document_(std::move(document)), validator_(std::move(validator)), published_(validator_->result().findings),
          marks_(marksFor(published_)), recorded_(recordedMarks(document_)), listener_(new Listener(this)),
          commandsAtStart_(gCommands) {
        async_ = css::awt::AsyncCallback::create(context);
        Reference<css::util::XChangesNotifier> changes(document_, UNO_QUERY);
        if (changes.is()) changes->addChangesListener(listener_.get());
        Reference<css::util::XModifyBroadcaster> modify(document_, UNO_QUERY);
        if (modify.is()) modify->addModifyListener(listener_.get());
        Reference<css::document::XUndoManagerSupplier> undo(document_, UNO_QUERY);
        if (undo.is()) undo->getUndoManager()->addUndoManagerListener(listener_.get());
        Reference<css::document::XDocumentEventBroadcaster> events(document_, UNO_QUERY);
        if (events.is()) events->addDocumentEventListener(listener_.get());
        // Validate inserts 校验结果 after reading the sheets: the kept
        // workbook is put in the document's order while the office is idle,
        // not at the officer's first edit.
        if (!sameSheets()) {
            alignPending_ = true;
            schedule();
        }
    }

    ~LiveSession() { detach(); }

    // Listens to the document's input sheets by blocks of rows, where the
    // document has them: the command that starts the session inserts its
    // output sheets (校验结果, a report's four) among them.
    void watchInputRows() {
        blocks_.reset();
        std::vector<sal_Int32> inputs;
        const auto names =
            Reference<css::container::XNameAccess>(document_->getSheets(), UNO_QUERY_THROW)->getElementNames();
        for (sal_Int32 i = 0; i < names.getLength(); ++i)
            if (!isOutputSheetName(view(names[i]))) inputs.push_back(i);
        blocks_ = std::make_unique<RowBlocks>(document_, inputs, listener_.get());
    }

    std::shared_ptr<const LiveValidator> validator() const { return validator_; }
    std::shared_ptr<LiveValidator> validatorToReuse() const { return validator_; }

    // The validator's cells are the document's as they stand: every change
    // reported has been taken in, and no command but the one now running has
    // begun since this session started (a command's own writes are not taken
    // in: one that wrote input cells may have left them different).
    bool current() const {
        return !pending_ && touched_.empty() && written_.empty() && !undone_ && !writing_ &&
               commandsAtStart_ + 1 == gCommands;
    }
    bool quiet() const { return writing_ || gPauses > 0; }

    // Calc reports the change while it is still making it (an undo is still
    // undoing): the rows are noted here and taken in once the main loop is idle.
    void changes(const css::util::ChangesEvent& event) {
        if (quiet()) return;
        changeSeen_ = true;
        for (const auto& change : event.Changes) {
            OUString operation;
            change.Accessor >>= operation;
            const bool structure = operation != "cell-change";
            if (const auto ranges = changedRanges(change))
                for (const auto& address : *ranges) touch(touched_, address, structure);
        }
        schedule();
    }

    // An undo or redo: Calc reports an undone typed cell as a change, but
    // not an undone paste (nor what an API write changed). When no change
    // comes with it, the workbook is read again.
    void undone() {
        if (quiet()) return;
        undone_ = true;
        schedule();
    }

    // A write inside one of the watched blocks of rows (a macro's, a
    // script's, or a typed cell's, which its changes event names already).
    void rowsWritten(css::table::CellRangeAddress address) {
        if (quiet()) return;
        Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
        if (address.Sheet < 0 || address.Sheet >= sheets->getCount()) return;
        Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(address.Sheet), UNO_QUERY_THROW);
        // The block's rows as far as the sheet is used now or was when last
        // read. The kept sheet is found by name: until the kept workbook is
        // put in the document's order (takeRows does it first), the indices
        // of sheets after a command's output sheets differ.
        const auto used = usedAreaFromA1(sheet);
        const OUString sheetName = Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->getName();
        const auto name = view(sheetName);
        const auto& kept = validator_->workbook().sheets;
        const auto was = std::find_if(kept.begin(), kept.end(), [&](const Sheet& s) { return s.name == name; });
        const sal_Int32 keptRows = was == kept.end() ? 0 : sal_Int32(was->cells.size());
        address.EndRow = std::min(address.EndRow, std::max(used.EndRow, keptRows - 1));
        address.EndColumn = used.EndColumn;
        if (address.EndRow < address.StartRow) return;
        touch(written_, address, false);
        schedule();
    }

    // The undo or redo of a Huibao command's step.
    void commandUndone() {
        if (quiet()) return;
        commandUndone_ = true;
        schedule();
    }

    // Something changed that Calc may not report as cells: look at what it
    // can be once the main loop is idle.
    void modified() {
        if (quiet() || pending_) return;
        changeSeen_ = false;
        unnamedChange_ = true;
        schedule();
    }

    void idle() {
        takeIn();
        scheduleCatchUp();
    }

    void takeIn() {
        pending_ = false;
        if (quiet()) return;
        if (std::exchange(commandUndone_, false)) {
            // A command's step undone or redone: the cells, their marks and
            // the marks' record are again as that command left or found
            // them (UndoStep takes the record along). What this session
            // validated and marked is not the document any more; marking
            // it afresh would mark an undone validation again. Validate
            // starts live validation anew. What is still owed is left, and
            // the record stays as the undo step put it back: the sheet and
            // the marks may be others now.
            owedRows_ = {};
            owed_.clear();
            recordStale_ = false;
            endLater(document_);
            return;
        }
        if (std::exchange(alignPending_, false) && touched_.empty() && written_.empty() && !undone_ && !sameSheets()) {
            guarded([&] {
                if (!alignToDocument()) validator_->replaceWorkbook(readWorkbook(document_));
            });
            // A write the events did not name (a macro's, outside the
            // watched rows) is still to be looked for below.
            if (!unnamedChange_) return;
        }
        if (!touched_.empty()) {
            auto touched = std::move(touched_);
            touched_.clear();
            written_.clear(); // the same cells, as Calc's changes event names them exactly
            undone_ = false;
            guarded([&] { takeRows(touched); });
            return;
        }
        if (std::exchange(undone_, false)) {
            written_.clear();
            guarded([&] { validator_->replaceWorkbook(readWorkbook(document_)); });
            return;
        }
        if (!written_.empty()) {
            auto written = std::move(written_);
            written_.clear();
            changeSeen_ = true; // the blocks said where
            guarded([&] { takeRows(written); });
            return;
        }
        if (sheetPending_ && std::chrono::steady_clock::now() >= sheetDue_) {
            sheetPending_ = false;
            writeFindingsSheet();
        }
        if (changeSeen_) return; // a changes event said what it was
        unnamedChange_ = false;
        Reference<css::util::XModifiable> modifiable(document_, UNO_QUERY);
        if (modifiable.is() && !modifiable->isModified()) return; // saved, not edited
        guarded([&] {
            // No change event came: an API write (a macro, a script, the
            // sidebar's 参数) — Calc reports those as "modified" only, without
            // the cells. Every input sheet is read again; what differs is
            // taken in.
            if (std::getenv("HUIBAO_TRACE")) std::fprintf(stderr, "huibao-trace live: every input sheet read again\n");
            Workbook now = readWorkbook(document_);
            if (!sameSheets()) {
                validator_->replaceWorkbook(std::move(now));
                return;
            }
            std::vector<int> changed;
            const auto& kept = validator_->workbook().sheets;
            for (std::size_t i = 0; i < now.sheets.size() && i < kept.size(); ++i)
                if (!sameCells(now.sheets[i].cells, kept[i].cells)) changed.push_back(int(i));
            if (changed.size() == 1)
                validator_->replaceSheet(changed.front(), std::move(now.sheets[changed.front()].cells));
            else if (!changed.empty())
                validator_->replaceWorkbook(std::move(now));
        });
    }

    // Stops listening: no call reaches this session any more. Comments still
    // owed are dropped; the stored record lists what the cells show.
    void detach() {
        listener_->detach();
        if (!owedRows_.done() && !writing_ && !disposed_) {
            // 校验结果 stays after live validation ends (ClearMarks): its
            // rows are finished.
            try {
                writeQuietly(document_, [&](UndoLock& undo) {
                    finishFindingRows(
                        document_, published_, owedRows_, [&undo] { undo.renew(); }, [] { return true; });
                });
            } catch (...) {} // the document is going away
            owedRows_ = {};
        }
        if (std::exchange(recordStale_, false) && !disposed_) {
            try {
                UndoLock undo(document_);
                storeMarkRecord(document_, recorded_);
            } catch (...) {} // the document is going away
        }
        blocks_.reset();
        try {
            Reference<css::util::XChangesNotifier> changes(document_, UNO_QUERY);
            if (changes.is()) changes->removeChangesListener(listener_.get());
            Reference<css::util::XModifyBroadcaster> modify(document_, UNO_QUERY);
            if (modify.is()) modify->removeModifyListener(listener_.get());
            Reference<css::document::XUndoManagerSupplier> undo(document_, UNO_QUERY);
            if (undo.is()) undo->getUndoManager()->removeUndoManagerListener(listener_.get());
            Reference<css::document::XDocumentEventBroadcaster> events(document_, UNO_QUERY);
            if (events.is()) events->removeDocumentEventListener(listener_.get());
        } catch (...) {} // the document is going away
    }

    void disposed();

    // A batch of what a large change left owed (校验结果's links and
    // heights, then the marks' comments), while the main loop is idle: a
    // batch takes about kCatchUpBatch of the main thread, so the officer's
    // typing and the office's repaint get in between.
    void catchUp() {
        catchUpScheduled_ = false;
        if (owed_.empty() && owedRows_.done()) return;
        // An update comes first (it may change what is owed) and schedules
        // the rest again; while a command runs, the rest waits.
        if (pending_) return;
        if (quiet()) {
            scheduleCatchUp();
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        auto more = [start] { return std::chrono::steady_clock::now() - start < kCatchUpBatch; };
        if (!owedRows_.done())
            finishRows(more);
        else
            writeComments(more);
        scheduleCatchUp();
    }

    // Everything owed written now (before the document is stored, before a
    // command: the file and the command's undo step see every mark and
    // 校验结果 row whole).
    void flush() {
        if (writing_) return;
        if (std::exchange(sheetPending_, false)) writeFindingsSheet(); // due a moment after the marks
        if (!owedRows_.done()) finishRows([] { return true; });
        if (!owed_.empty()) writeComments([] { return true; });
    }

    // Before a command: what is owed written (the comments dropped instead
    // when `writeOwed` is false), the record stored.
    void settle(bool writeOwed) {
        if (writing_) return;
        if (std::exchange(sheetPending_, false)) writeFindingsSheet(); // before the command counts
        if (!owedRows_.done()) finishRows([] { return true; });
        if (writeOwed && !owed_.empty()) writeComments([] { return true; });
        owed_.clear();
        if (std::exchange(recordStale_, false)) {
            try {
                UndoLock undo(document_);
                storeMarkRecord(document_, recorded_);
            } catch (...) {
                endLater(document_); // the next Validate starts afresh
            }
        }
    }

private:
    // Comments written with their marks: none. A comment costs Calc 2-6 ms
    // (its caption laid out at once), as much as the rest of an edit; the
    // fill is what the officer sees, and the hover text follows in the next
    // batch while the office is idle (about kCatchUpPause later; a pasted
    // block's in batches of about kCatchUpBatch, kCatchUpPause between two).
    // Measured on the 100,000-row bench: typed edit -> fill p95 55 -> 27 ms.
    static constexpr std::size_t kCommentsAtOnce = 0;
    static constexpr std::chrono::milliseconds kCatchUpBatch{30};
    static constexpr std::chrono::milliseconds kCatchUpPause{15};

    void schedule() {
        if (pending_) return;
        pending_ = true;
        async_->addCallback(listener_.get(), css::uno::Any());
    }

    // 校验结果 a moment after the marks: a callback posted at once would run
    // before the main loop goes idle, so Calc would repaint the marked cell
    // (and a script's call would see its fill) only after 校验结果 is written
    // (20 ms CPU on the bench workbook). Edits typed meanwhile are taken in
    // first, and 校验结果 is written once for them.
    void scheduleFindingsSheet() {
        sheetDue_ = std::chrono::steady_clock::now() + kFindingsSheetDelay;
        postAfter(kFindingsSheetDelay, css::uno::Any());
    }

    // A main-loop callback `delay` from now, posted from a short-lived
    // thread (the office offers extensions no timer): `data` says which
    // (void: an update, see Listener::notify).
    void postAfter(std::chrono::milliseconds delay, css::uno::Any data) {
        std::thread([async = async_, listener = listener_, delay, data = std::move(data)]() noexcept {
            std::this_thread::sleep_for(delay);
            try {
                async->addCallback(listener.get(), data);
            } catch (...) {} // the office is going away
        }).detach();
    }

    // Posted from a second thread after a pause: posted back to back, the
    // callbacks would keep the main loop from everything else (measured: the
    // bench's calls through the bridge waited for the last batch).
    void scheduleCatchUp() {
        if (catchUpScheduled_ || (owed_.empty() && owedRows_.done())) return;
        catchUpScheduled_ = true;
        postAfter(kCatchUpPause, css::uno::Any(true));
    }

    template <class More>
    void finishRows(More more) {
        writing_ = true;
        try {
            LiveTrace trace("校验结果 rows owed");
            writeQuietly(document_, [&](UndoLock& undo) {
                finishFindingRows(
                    document_, published_, owedRows_, [&undo] { undo.renew(); }, more);
            });
            writing_ = false;
        } catch (...) {
            writing_ = false;
            owedRows_ = {};
            endLater(document_);
        }
    }

    template <class More>
    void writeComments(More more) {
        writing_ = true;
        try {
            LiveTrace trace("comments");
            const std::size_t before = owed_.size();
            UndoLock undo(document_);
            writeOwedComments(
                document_, recorded_, owed_, [&undo] { undo.renew(); }, more);
            recordStale_ = !owed_.empty();
            if (!recordStale_) storeMarkRecord(document_, recorded_);
            if (std::getenv("HUIBAO_TRACE"))
                std::fprintf(stderr, "huibao-trace live comments written %zu, owed %zu\n", before - owed_.size(),
                             owed_.size());
            writing_ = false;
        } catch (...) {
            writing_ = false;
            owed_.clear();
            endLater(document_);
        }
    }

    void takeRows(const std::map<sal_Int32, TouchedRows>& touched) {
        if (!sameSheets() && !alignToDocument()) {
            validator_->replaceWorkbook(readWorkbook(document_));
            return;
        }
        Reference<css::container::XIndexAccess> sheets(document_->getSheets(), UNO_QUERY_THROW);
        for (const auto& [index, rows] : touched) {
            if (index < 0 || index >= sheets->getCount()) continue;
            Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(index), UNO_QUERY_THROW);
            const auto& kept = validator_->workbook().sheets[index].cells;
            const sal_Int32 width = kept.empty() ? 0 : sal_Int32(kept.front().size());
            const sal_Int32 lastColumn = std::max(width - 1, rows.lastColumn);
            // A merged cell among the rows shares its value with rows that were
            // not touched: the sheet is read again whole.
            if (rows.structure || touchesMergedArea(sheet, {sal_Int16(index), 0, rows.first, lastColumn, rows.last})) {
                validator_->replaceSheet(index, readInputGrid(sheet));
                continue;
            }
            // The touched rows, as wide as the sheet is used (one bulk read).
            LiveTrace trace("rows");
            Reference<css::sheet::XCellRangeData> data(
                sheet->getCellRangeByPosition(0, rows.first, lastColumn, rows.last), UNO_QUERY_THROW);
            auto grid = toGrid(data->getDataArray());
            trace.step("read");
            validator_->replaceRows(index, rows.first, std::move(grid));
            trace.step("core");
        }
    }

    static bool sameCells(const Grid& a, const Grid& b) {
        auto blankTail = [](const Grid& grid) {
            std::size_t size = grid.size();
            while (size > 0 && std::all_of(grid[size - 1].begin(), grid[size - 1].end(),
                                           [](const Cell& cell) { return cell.kind == Cell::Kind::Empty; }))
                --size;
            return size;
        };
        const std::size_t rows = blankTail(a);
        if (rows != blankTail(b)) return false;
        for (std::size_t r = 0; r < rows; ++r) {
            const std::size_t width = std::max(a[r].size(), b[r].size());
            for (std::size_t c = 0; c < width; ++c) {
                if (cellAt(a, int(r), int(c)) != cellAt(b, int(r), int(c))) return false;
            }
        }
        return true;
    }

    // The document's sheets are still those the validator holds, by name and order.
    // The kept workbook put in the document's sheet order when only output
    // sheets (校验结果 inserted by the Validate that started the session, a
    // report built since) make them differ: output sheets are never input,
    // so the kept cells are moved rather than 100,000 rows read again.
    // False when an input sheet was added, removed, renamed or moved.
    bool alignToDocument() {
        const auto names =
            Reference<css::container::XNameAccess>(document_->getSheets(), UNO_QUERY_THROW)->getElementNames();
        const auto& kept = validator_->workbook().sheets;
        std::vector<std::size_t> keptInputs;
        for (std::size_t i = 0; i < kept.size(); ++i)
            if (!isOutputSheetName(kept[i].name)) keptInputs.push_back(i);
        std::size_t next = 0;
        for (const auto& name : names) {
            if (isOutputSheetName(view(name))) continue;
            if (next == keptInputs.size() || kept[keptInputs[next]].name != view(name)) return false;
            ++next;
        }
        if (next != keptInputs.size()) return false;
        Workbook released = validator_->releaseWorkbook();
        Workbook aligned;
        aligned.nullDate = released.nullDate;
        next = 0;
        for (const auto& name : names) {
            if (isOutputSheetName(view(name))) {
                aligned.sheets.push_back(Sheet{std::u16string(view(name)), {}, false});
                continue;
            }
            aligned.sheets.push_back(std::move(released.sheets[keptInputs[next++]]));
        }
        validator_->replaceWorkbook(std::move(aligned));
        return true;
    }

    bool sameSheets() const {
        const auto names =
            Reference<css::container::XNameAccess>(document_->getSheets(), UNO_QUERY_THROW)->getElementNames();
        const auto& sheets = validator_->workbook().sheets;
        if (names.getLength() != sal_Int32(sheets.size())) return false;
        for (sal_Int32 i = 0; i < names.getLength(); ++i)
            if (view(names[i]) != sheets[i].name) return false;
        return true;
    }

    // Runs `update` on the validator, then writes what changed. A failure
    // ends live validation quietly: the officer's edit stands, and the next
    // Validate starts afresh.
    template <class Update>
    void guarded(Update update);

    // The marks, at once: they are what the officer looks at while typing.
    // 校验结果 follows in the next main-loop callback (measured: a script's
    // call or Calc's repaint usually still comes after it; see
    // docs/benchmarks.md).
    void publish() {
        auto marks = marksFor(validator_->result().findings);
        if (!sameMarks(marks, marks_)) {
            marks_ = std::move(marks);
            UndoLock undo(document_);
            // Fills and comments, the undo lock renewed before each write.
            // Not under Calc's write lock: perf showed less of each comment
            // spent telling the view, but on the 1,000-row paste the marks
            // took 35 s (8.3 s CPU) under it against 8 s (5.9 s) without.
            auto update = updateMarks(
                document_, std::move(recorded_), marks_, [&undo] { undo.renew(); }, kCommentsAtOnce);
            recorded_ = std::move(update.record);
            owed_ = std::move(update.owed);
            recordStale_ = false; // stored
        }
        if (!sameFindings(published_, validator_->result().findings)) {
            sheetPending_ = true;
            commandsAtPublish_ = gCommands;
            scheduleFindingsSheet();
        }
    }

    // 校验结果 brought up to date with what the marks show.
    void writeFindingsSheet();

    Reference<css::sheet::XSpreadsheetDocument> document_;
    std::shared_ptr<LiveValidator> validator_;
    std::vector<Finding> published_; // what 校验结果 lists
    std::vector<CellMark> marks_;    // the marks as last written
    std::vector<CellMark> recorded_; // the document's record of them
    std::vector<OwedComment> owed_;  // comments of recorded_ not written yet
    rtl::Reference<Listener> listener_;
    Reference<css::awt::XRequestCallback> async_;
    std::map<sal_Int32, TouchedRows> touched_; // reported, not yet taken in
    std::map<sal_Int32, TouchedRows> written_; // heard by the row blocks, not yet taken in
    std::unique_ptr<RowBlocks> blocks_;
    bool writing_ = false;
    bool pending_ = false;
    bool changeSeen_ = false;
    bool unnamedChange_ = false; // a modify event came since the last look at every sheet
    bool undone_ = false;        // an undo or redo not yet taken in
    bool commandUndone_ = false; // a command's step undone or redone
    bool sheetPending_ = false;  // marks written, 校验结果 not yet
    bool catchUpScheduled_ = false;
    bool disposed_ = false;
    bool alignPending_ = false; // the kept workbook lacks an output sheet the document has
    FindingRowsOwed owedRows_;  // 校验结果 rows (of published_) written without links or heights
    bool recordStale_ = false;  // comments written since recorded_ was last stored
    int commandsAtPublish_ = 0; // gCommands when the marks were written
    int commandsAtStart_ = 0;   // gCommands when the session started
    bool paused_ = false;       // 实时校验 is 否: nothing is shown until it is 是 again

    // When 校验结果 is written (scheduleFindingsSheet).
    std::chrono::steady_clock::time_point sheetDue_;
};

// Leaked on purpose, as is `ended` below (per_document.hxx).
PerDocument<std::unique_ptr<LiveSession>>& sessions() {
    static auto* map = new PerDocument<std::unique_ptr<LiveSession>>;
    return *map;
}

void endLater(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    // Ending a session from inside its own call would destroy it under
    // itself: the session is kept alive until the call returns.
    static auto* ended = new std::vector<std::unique_ptr<LiveSession>>;
    ended->clear(); // the previous ones' calls have long returned
    if (auto session = sessions().take(document)) {
        session->detach();
        ended->push_back(std::move(session));
    }
}

template <class Update>
void LiveSession::guarded(Update update) {
    writing_ = true;
    try {
        LiveTrace trace("update");
        update();
        trace.step("cells+core");
        if (!validator_->result().parameters.liveValidation()) {
            // 实时校验 is 否: the marks and 校验结果 stay as they are, whole,
            // while the edits are still taken in, so that setting it to 是
            // again shows the workbook as it stands then (validation.md:
            // "while the parameter 实时校验 is 是").
            if (!std::exchange(paused_, true)) flush();
            writing_ = false;
            return;
        }
        paused_ = false;
        publish();
        trace.step("marks");
        writing_ = false;
    } catch (...) {
        writing_ = false;
        endLater(document_);
    }
}

void LiveSession::writeFindingsSheet() {
    if (commandsAtPublish_ != gCommands) {
        // A command ran since the marks were written (it may have written
        // 校验结果 itself): the sheet no longer lists published_, so no
        // difference can be applied to it. Validate starts afresh.
        endLater(document_);
        return;
    }
    writing_ = true;
    try {
        LiveTrace trace("校验结果");
        // Inside writing_: Calc reports what the write lock deferred as it
        // goes, and that is not the officer's edit.
        // Rows still owed links or heights are finished first: the update
        // may move them.
        if (!owedRows_.done())
            writeQuietly(document_, [&](UndoLock& undo) {
                finishFindingRows(
                    document_, published_, owedRows_, [&undo] { undo.renew(); }, [] { return true; });
            });
        writeQuietly(document_, [&](UndoLock& undo) {
            updateFindingsSheet(
                document_, published_, validator_->result().findings, [&undo] { undo.renew(); }, &owedRows_);
        });
        published_ = validator_->result().findings;
        writing_ = false;
    } catch (...) {
        writing_ = false;
        endLater(document_);
    }
}

void LiveSession::disposed() {
    disposed_ = true; // nothing more is written to it
    endLater(document_);
}

void Listener::changesOccurred(const css::util::ChangesEvent& event) {
    if (session_) session_->changes(event);
}

void Listener::modified(const css::lang::EventObject& event) {
    if (!session_) return;
    css::table::CellRangeAddress block;
    if (RowBlocks::addressOf(event.Source, block))
        session_->rowsWritten(block);
    else
        session_->modified();
}

void Listener::notify(const css::uno::Any& data) {
    if (!session_) return;
    if (data.hasValue())
        session_->catchUp();
    else
        session_->idle();
}

void Listener::documentEventOccured(const css::document::DocumentEvent& event) {
    if (std::getenv("HUIBAO_TRACE"))
        std::fprintf(stderr, "huibao-trace live: document event %s\n", event.EventName.toUtf8().getStr());
    // Sent before the document is stored: Save, Save As, and storeToURL's
    // copy (OnSaveDone and the like come after).
    if (session_ && (event.EventName == "OnSave" || event.EventName == "OnSaveAs" || event.EventName == "OnCopyTo"))
        session_->flush();
}

void Listener::actionUndone(const css::document::UndoManagerEvent& event) {
    if (!session_) return;
    if (isCommandUndoTitle(view(event.UndoActionTitle)))
        session_->commandUndone();
    else
        session_->undone();
}

void Listener::actionRedone(const css::document::UndoManagerEvent& event) {
    actionUndone(event);
}

void Listener::disposing(const css::lang::EventObject&) {
    if (session_) session_->disposed();
}

} // namespace

void startLiveValidation(const Reference<css::sheet::XSpreadsheetDocument>& document,
                         const Reference<css::uno::XComponentContext>& context,
                         std::shared_ptr<LiveValidator> validator) {
    // The previous session is destroyed here, outside the map's lock.
    sessions().put(document, std::make_unique<LiveSession>(document, context, std::move(validator)));
}

void watchLiveRows(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    LiveSession* session =
        sessions().with(document, [](std::unique_ptr<LiveSession>* found) { return found ? found->get() : nullptr; });
    if (session) session->watchInputRows();
}

void stopLiveValidation(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    sessions().take(document);
}

std::shared_ptr<LiveValidator> takeCurrentLiveValidator(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    auto session = sessions().take(document);
    if (!session || !session->current()) return nullptr;
    return session->validatorToReuse();
}

std::shared_ptr<const LiveValidator> liveValidator(const Reference<css::sheet::XSpreadsheetDocument>& document) {
    return sessions().with(
        document, [](std::unique_ptr<LiveSession>* session) { return session ? (*session)->validator() : nullptr; });
}

void settleLiveMarks(const Reference<css::sheet::XSpreadsheetDocument>& document, bool writeOwed) {
    LiveSession* session =
        sessions().with(document, [](std::unique_ptr<LiveSession>* found) { return found ? found->get() : nullptr; });
    if (session) session->settle(writeOwed);
}

bool commandRunning() {
    return gPauses > 0;
}

LivePause::LivePause() {
    ++gPauses;
    ++gCommands;
}

LivePause::~LivePause() {
    --gPauses;
}

} // namespace huibao::uno
