// One value per open document (live validation's session, the pre-read),
// keyed by the document's identity: the XInterface it answers for a query,
// which is the same object whatever interface the caller holds.
//
// Its users keep it leaked on purpose: destroyed at exit, a value would
// remove its listeners from a document whose office has already shut down
// (a crash in soffice's exit handlers).
#pragma once

#include <com/sun/star/uno/Reference.hxx>
#include <com/sun/star/uno/XInterface.hpp>

#include <map>
#include <mutex>
#include <utility>

namespace huibao::uno {

template <class Value>
class PerDocument {
public:
    // Sets the document's value; what it had is given back, to be destroyed
    // by the caller outside the lock.
    Value put(const css::uno::Reference<css::uno::XInterface>& document, Value value) {
        std::lock_guard lock(mutex_);
        return std::exchange(values_[keyOf(document)], std::move(value));
    }

    // Removes the document's value and gives it back (empty when none).
    Value take(const css::uno::Reference<css::uno::XInterface>& document) {
        std::lock_guard lock(mutex_);
        auto it = values_.find(keyOf(document));
        if (it == values_.end()) return Value();
        Value value = std::move(it->second);
        values_.erase(it);
        return value;
    }

    bool contains(const css::uno::Reference<css::uno::XInterface>& document) {
        std::lock_guard lock(mutex_);
        return values_.count(keyOf(document)) != 0;
    }

    // `look(value)` under the lock, with the document's value or nullptr.
    template <class Look>
    auto with(const css::uno::Reference<css::uno::XInterface>& document, Look look) {
        std::lock_guard lock(mutex_);
        auto it = values_.find(keyOf(document));
        return look(it == values_.end() ? nullptr : &it->second);
    }

private:
    static css::uno::XInterface* keyOf(const css::uno::Reference<css::uno::XInterface>& document) {
        return css::uno::Reference<css::uno::XInterface>(document, css::uno::UNO_QUERY).get();
    }

    std::mutex mutex_;
    std::map<css::uno::XInterface*, Value> values_;
};

} // namespace huibao::uno
