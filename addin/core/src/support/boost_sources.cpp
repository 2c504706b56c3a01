// Boost.JSON and Boost.URL compiled into Huibao itself (their header-only
// mode): the extension must not depend on Boost shared libraries that a
// user's machine may not have.
#include <boost/json/src.hpp>
#include <boost/url/src.hpp>
