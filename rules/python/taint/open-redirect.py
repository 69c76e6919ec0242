from urllib.parse import urlparse

from flask import redirect, request, url_for


def login():
    nxt = request.args.get("next")
    # ruleid: PY155
    return redirect(nxt)


def logout():
    # ok: PY155
    return redirect(url_for("index"))


def back():
    target = request.args.get("next")
    target = "/"
    # ok: PY155
    return redirect(target)


def checkout_done():
    next_url = request.args.get("next", "/")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={"shop.example.com"}):
        # ok: PY155
        return redirect(next_url)
    # ruleid: PY155
    return redirect(next_url)


def sso_callback():
    next_url = request.args.get("next", "/")
    if not is_safe_redirect(next_url):
        next_url = url_for("index")
    # ok: PY155
    return redirect(next_url)


def sso_callback_unchecked():
    next_url = request.args.get("next", "/")
    if not is_safe_redirect(next_url):
        log(next_url)
    # ruleid: PY155
    return redirect(next_url)


def is_safe_target(url):
    return url.startswith("/") and not url.startswith("//")


def is_unsafe_target(url):
    return "//" in url


def set_language():
    back = request.args.get("back")
    # the project's own safety predicate, in a conjunction: inside the body `back` passed it
    if back and is_safe_target(back):
        # ok: PY155
        return redirect(back)
    if back and is_unsafe_target(back):
        # ruleid: PY155
        return redirect(back)
    if back and len(back) < 200:
        # ruleid: PY155
        return redirect(back)
    return redirect(url_for("index"))


def back():
    nxt = request.args.get("next", "/")
    if urlparse(nxt).netloc == request.host:
        # same host as the request: the redirect stays on this site
        # ok: PY155
        return redirect(nxt)
    parts = urlparse(nxt)
    if parts.netloc != request.host:
        # ruleid: PY155
        return redirect(nxt)
    # ok: PY155
    return redirect(nxt)


def signup_page(beta_home):
    next_page = request.args.get("next")
    # the validator named by keyword, and the value replaced on every branch when it fails
    if not next_page or not url_has_allowed_host_and_scheme(url=next_page, allowed_hosts=None):
        if beta_home:
            next_page = url_for("home")
        else:
            next_page = url_for("index")
    # ok: PY155
    return redirect(next_page)


def signup_page_half_replaced(beta_home):
    next_page = request.args.get("next")
    if not url_has_allowed_host_and_scheme(url=next_page, allowed_hosts=None):
        if beta_home:
            next_page = url_for("home")
    # ruleid: PY155
    return redirect(next_page)


def signup_page_other_keyword():
    next_page = request.args.get("next")
    fallback = request.args.get("fallback")
    if not url_has_allowed_host_and_scheme(url=fallback, allowed_hosts=None):
        next_page = url_for("index")
    # ruleid: PY155
    return redirect(next_page)
