#include "review/server.h"

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/ascii.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "core/hash.h"
#include "review/access.h"
#include "review/bundle_rescrub.h"
#include "review/preview.h"
#include "review/report_view.h"
#include "review/web_assets.h"
#include "scrub/config.h"
#include "task/bundle.h"
#include "task/metadata.h"

namespace deskbench::review {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// A position in a list sent by the page. get<size_t>() would cast a float out of range, which is
// undefined behaviour: only whole numbers of at least 0 are positions.
size_t Index(const json& v, const char* what) {
  if (!v.is_number_unsigned()) throw UsageError(std::string(what) + " is not a position");
  return v.get<size_t>();
}

// The page loads nothing from anywhere else, runs only its own script, and cannot be framed.
constexpr const char* kPageCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'";
// Scrubbed images: shown inside the page only, never able to run anything. PDFs open in the
// browser's own viewer, which a stricter policy (or a sandbox) would block.
constexpr const char* kImageCsp = "default-src 'none'; frame-ancestors 'self'";
constexpr const char* kPdfCsp = "frame-ancestors 'self'";
constexpr size_t kMaxTerms = 1000;
constexpr size_t kMaxTermBytes = 200;

std::string OutputContentType(const fs::path& path) {
  std::string ext = ascii::Lower(path.extension().string());
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".png") return "image/png";
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".gif") return "image/gif";
  if (ext == ".webp") return "image/webp";
  return "";
}

std::vector<std::string> CleanTerms(const json& list) {
  if (!list.is_array()) throw UsageError("terms must be a list of strings");
  std::vector<std::string> out;
  for (const auto& t : list) {
    if (!t.is_string()) throw UsageError("terms must be strings");
    std::string s(ascii::Trim(t.get<std::string>()));
    if (s.empty()) continue;
    if (s.size() > kMaxTermBytes) throw UsageError("a term is longer than 200 bytes");
    if (std::find_if(out.begin(), out.end(), [&](const std::string& o) {
          return ascii::Lower(o) == ascii::Lower(s);
        }) == out.end()) {
      out.push_back(std::move(s));
    }
  }
  if (out.size() > kMaxTerms) throw UsageError("more than 1000 terms");
  return out;
}

class ReviewServer {
 public:
  explicit ReviewServer(const ServeOptions& o)
      : options_(o),
        bundle_(BundlePaths::Of(o.bundle)),
        state_(ReviewState::Load(bundle_.dir)),
        token_(Token()) {
    report_ = RescrubBundle(bundle_.dir, options_.config, options_.jobs);
  }

  void Serve() {
    httplib::Server server;
    server.set_payload_max_length(1 << 20);
    server.set_pre_routing_handler([this](const auto& req, auto& res) { return Gate(req, res); });
    server.set_post_routing_handler([](const auto&, auto& res) {
      if (!res.has_header("Content-Security-Policy")) {
        res.set_header("Content-Security-Policy", kPageCsp);
      }
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_header("Referrer-Policy", "no-referrer");
      res.set_header("Cache-Control", "no-store");
      res.set_header("Cross-Origin-Resource-Policy", "same-origin");
    });
    Routes(server);
    port_ = server.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw UsageError("cannot listen on 127.0.0.1");
    access_.emplace(token_, port_);
    touched_ = std::chrono::steady_clock::now();
    std::thread watchdog([&] { Watch(server); });
    if (options_.on_ready) {
      options_.on_ready("http://127.0.0.1:" + std::to_string(port_) + "/?token=" + token_);
    }
    server.listen_after_bind();
    {
      std::lock_guard lock(stop_mu_);
      stopping_ = true;
    }
    stop_cv_.notify_all();
    watchdog.join();
  }

 private:
  static std::string Token() {
    std::string key = RandomKey();
    return ToHex(reinterpret_cast<const uint8_t*>(key.data()), key.size());
  }

  // Every request: the Host must be this server by its loopback name (a page on another site
  // that rebinds its name to 127.0.0.1 sends its own), and the token must come along.
  // Every request, before any route: see access.h.
  httplib::Server::HandlerResponse Gate(const httplib::Request& req, httplib::Response& res) {
    RequestFacts facts;
    facts.method = req.method;
    facts.host = req.get_header_value("Host");
    if (req.has_param("token")) facts.token_param = req.get_param_value("token");
    if (req.has_header("X-Deskbench-Token")) {
      facts.token_header = req.get_header_value("X-Deskbench-Token");
    }
    facts.cookies = req.get_header_value("Cookie");
    facts.content_type = req.get_header_value("Content-Type");
    facts.origin = req.get_header_value("Origin");
    if (auto why = access_->Refusal(facts)) {
      Refuse(res, *why);
      return httplib::Server::HandlerResponse::Handled;
    }
    touched_ = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  }

  static void Refuse(httplib::Response& res, const std::string& why) {
    res.status = 403;
    res.set_content(why + "\n", "text/plain; charset=utf-8");
  }

  void Routes(httplib::Server& server) {
    server.Get("/", [this](const httplib::Request& req, httplib::Response& res) {
      if (req.has_param("token")) {
        // The token moves into a cookie only this page sends, and out of the address bar.
        res.set_header("Set-Cookie", access_->SetCookie());
        res.set_redirect("/", 303);
        return;
      }
      Asset(res, "index.html");
    });
    server.Get(R"(/static/([a-z0-9_.-]+))",
               [](const httplib::Request& req, httplib::Response& res) {
                 Asset(res, req.matches[1].str());
               });
    server.Get("/favicon.ico", [](const auto&, auto& res) { res.status = 204; });
    server.Get("/api/report", [this](const auto&, auto& res) {
      std::lock_guard lock(mu_);
      Json(res, View());
    });
    server.Get(R"(/api/preview/(\d+))", [this](const httplib::Request& req, auto& res) {
      std::lock_guard lock(mu_);
      const FileReport* f = FileAt(req.matches[1].str());
      if (!f) return NotFound(res);
      try {
        Json(res, Preview(*f));
      } catch (const FileError& e) {
        Json(res, {{"error", e.reason()}}, 422);
      }
    });
    server.Get(R"(/api/output/(\d+))", [this](const httplib::Request& req, auto& res) {
      std::lock_guard lock(mu_);
      const FileReport* f = FileAt(req.matches[1].str());
      if (!f) return NotFound(res);
      fs::path out = bundle_.scrubbed / fs::path(f->path);
      std::string type = OutputContentType(out);
      // Only what the browser shows inertly: PDFs and images, from the scrubbed copy.
      if (type.empty() || PreviewKind(*f) == "none" || !fs::is_regular_file(out)) {
        return NotFound(res);
      }
      res.set_header("Content-Security-Policy", type == "application/pdf" ? kPdfCsp : kImageCsp);
      res.set_content(ReadFile(out, 256ull << 20), type);
    });
    server.Post("/api/decision", [this](const httplib::Request& req, auto& res) {
      Change(req, res, [this](const json& body) { Decide(body); });
    });
    server.Post("/api/terms", [this](const httplib::Request& req, auto& res) {
      Change(req, res, [this](const json& body) {
        Terms terms;
        terms.deny = CleanTerms(body.value("deny", json::array()));
        terms.allow = CleanTerms(body.value("allow", json::array()));
        state_.terms() = std::move(terms);
        pending_ = unsaved_ = true;
      });
    });
    server.Post("/api/accept", [this](const httplib::Request& req, auto& res) {
      Change(req, res, [this](const json&) {
        // Every value with a finding that waits for a decision takes the suggested action.
        for (const FileReport& f : report_.files) {
          for (const ReportedFinding& x : f.findings) {
            if (NeedsDecision(state_, f, x)) state_.SetValue(x.type, x.text, x.action);
          }
        }
        pending_ = unsaved_ = true;
      });
    });
    server.Post("/api/rescrub", [this](const httplib::Request& req, auto& res) {
      Change(req, res, [this](const json&) {
        // The scrub reads the decisions and terms from the bundle: they are saved first.
        state_.Save(bundle_.dir);
        unsaved_ = false;
        report_ = RescrubBundle(bundle_.dir, options_.config, options_.jobs);
        pending_ = false;
      });
    });
    server.Post("/api/save", [this](const httplib::Request& req, auto& res) {
      Change(req, res, [this](const json&) {
        state_.Save(bundle_.dir);
        unsaved_ = false;
      });
    });
    server.Post("/api/done", [this](const httplib::Request&, auto& res) {
      Json(res, {{"done", true}});
      {
        std::lock_guard lock(stop_mu_);
        done_ = true;
      }
      stop_cv_.notify_all();
    });
  }

  static void Asset(httplib::Response& res, const std::string& name) {
    const WebAsset* a = FindWebAsset(name);
    if (!a) return NotFound(res);
    res.set_content(std::string(a->body), std::string(a->content_type));
  }

  static void NotFound(httplib::Response& res) {
    res.status = 404;
    res.set_content("not found\n", "text/plain; charset=utf-8");
  }

  static void Json(httplib::Response& res, const json& j, int status = 200) {
    res.status = status;
    res.set_content(j.dump(-1, ' ', false, json::error_handler_t::replace),
                    "application/json; charset=utf-8");
  }

  const FileReport* FileAt(const std::string& digits) const {
    if (digits.size() > 9) return nullptr;
    size_t i = std::stoul(digits);
    return i < report_.files.size() ? &report_.files[i] : nullptr;
  }

  // task.toml is scrubbed as the text of its free-text fields (task/metadata.h): so is it shown.
  json Preview(const FileReport& f) const {
    if (f.path == "task.toml") {
      task::Metadata meta = task::LoadMetadata(bundle_.dir / "task.toml");
      return PreviewJson(f, ByteSource::FromBytes(task::MetadataTextView(meta), "task.toml"),
                         options_.config.formats);
    }
    return PreviewJson(f, ByteSource::FromFile(f.source), options_.config.formats);
  }

  json View() const {
    json v = ReportView(report_, state_);
    v["bundle"] = bundle_.dir.filename().string();
    v["decisions_file"] = task::DecisionsFile(bundle_.dir).string();
    v["pending"] = pending_;
    v["unsaved"] = unsaved_;
    return v;
  }

  // A change from the page: applied under the lock, answered with the refreshed view, or with
  // the reason it was not applied.
  template <typename Fn>
  void Change(const httplib::Request& req, httplib::Response& res, Fn&& apply) {
    std::lock_guard lock(mu_);
    try {
      json body = req.body.empty() ? json::object() : json::parse(req.body);
      if (!body.is_object()) throw UsageError("expected a JSON object");
      apply(body);
      Json(res, View());
    } catch (const json::exception& e) {
      Json(res, {{"error", std::string("bad request: ") + e.what()}}, 400);
    } catch (const UsageError& e) {
      Json(res, {{"error", e.what()}}, 400);
    } catch (const std::exception& e) {
      Json(res, {{"error", e.what()}}, 500);
    }
  }

  void Decide(const json& body) {
    std::string scope = body.at("scope").get<std::string>();
    bool keep = body.at("keep").get<bool>();
    if (scope == "value") {
      const std::optional<ValueSummary> found =
          report_.values.Find(body.at("value_id").get<std::string>());
      if (!found) throw UsageError("no such value");
      const ValueSummary& v = *found;
      Operator op = keep ? Operator::kKeep : Default(v.type, v.action);
      state_.SetValue(v.type, v.text, op);
      // A decision for the value replaces the ones for its single mentions.
      for (const FileReport& f : report_.files) {
        for (const ReportedFinding& x : f.findings) {
          if (x.type == v.type && ascii::Lower(x.text) == ascii::Lower(v.text)) {
            state_.ClearFinding(RefOf(f, x));
          }
        }
      }
    } else if (scope == "finding") {
      const FileReport* f = FileAt(std::to_string(Index(body.at("file"), "file")));
      size_t j = Index(body.at("finding"), "finding");
      if (!f || j >= f->findings.size()) throw UsageError("no such finding");
      const ReportedFinding& x = f->findings[j];
      Operator value_op = state_.ValueAction(x.type, x.text).value_or(x.action);
      if (keep == (value_op == Operator::kKeep)) {
        state_.ClearFinding(RefOf(*f, x));  // the same as its value: no exception needed
      } else {
        state_.SetFinding(RefOf(*f, x), keep ? Operator::kKeep : Default(x.type, x.action));
      }
    } else {
      throw UsageError("scope is \"value\" or \"finding\"");
    }
    pending_ = unsaved_ = true;
  }

  // What "change it" means for a type: the action applied before, unless that was keep.
  Operator Default(Entity type, Operator applied) const {
    if (applied != Operator::kKeep) return applied;
    Operator op = options_.config.OperatorFor(type);
    return op == Operator::kKeep ? Operator::kPseudonymize : op;
  }

  void Watch(httplib::Server& server) {
    std::unique_lock lock(stop_mu_);
    while (!stopping_) {
      if (done_) {
        // Let the answer to "done" reach the page first.
        lock.unlock();
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        server.stop();
        return;
      }
      if (std::chrono::steady_clock::now() - touched_.load() > options_.idle_timeout) {
        std::fprintf(stderr, "deskbench: review page idle for %lld s: stopped\n",
                     static_cast<long long>(options_.idle_timeout.count()));
        server.stop();
        return;
      }
      stop_cv_.wait_for(lock, std::chrono::milliseconds(500));
    }
  }

  ServeOptions options_;
  BundlePaths bundle_;
  std::mutex mu_;  // guards the state and the report
  ReviewState state_;
  RunReport report_;
  bool pending_ = false;  // decisions changed since the last scrub
  bool unsaved_ = false;  // decisions changed since the last save
  std::string token_;
  std::optional<Access> access_;  // made once the port is known
  int port_ = 0;
  std::atomic<std::chrono::steady_clock::time_point> touched_;
  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool done_ = false;
  bool stopping_ = false;
};

}  // namespace

void ServeReview(const ServeOptions& options) {
  ReviewServer server(options);
  server.Serve();
}

}  // namespace deskbench::review
