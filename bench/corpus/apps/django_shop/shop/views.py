import json
import logging

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import escape, format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_POST

from .models import Order, Product, Review

logger = logging.getLogger(__name__)


@require_GET
def product_list(request):
    category = request.GET.get("category")
    products = Product.objects.filter(active=True)
    if category:
        products = products.filter(category__slug=category)
    return render(request, "shop/product_list.html", {"products": products[:100]})


@require_GET
def product_detail(request, slug):
    product = get_object_or_404(Product, slug=slug, active=True)
    reviews = Review.objects.filter(product=product).order_by("-created_at")[:20]
    return render(request, "shop/product_detail.html", {"product": product, "reviews": reviews})


@require_GET
def search(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE '%%%s%%'" % term)
    return render(request, "shop/search.html", {"products": products, "term": term})


@require_GET
def search_v2(request):
    term = request.GET.get("q", "")
    products = Product.objects.raw("SELECT * FROM shop_product WHERE name LIKE %s", [f"%{term}%"])
    return render(request, "shop/search.html", {"products": products, "term": term})


@login_required
def order_history(request):
    status = request.GET.get("status", "paid")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, total_cents, created_at FROM shop_order WHERE user_id = %s AND status = %s",
            [request.user.id, status],
        )
        rows = cursor.fetchall()
    return JsonResponse({"orders": [{"id": r[0], "total": r[1] / 100, "date": r[2].isoformat()} for r in rows]})


@login_required
def sales_report(request):
    start = request.GET.get("from", "2024-01-01")
    group = request.GET.get("group", "day")
    with connection.cursor() as cursor:
        sql = "SELECT date_trunc('{}', created_at) AS bucket, SUM(total_cents) FROM shop_order WHERE created_at >= '{}' GROUP BY bucket ORDER BY bucket".format(group, start)
        cursor.execute(sql)
        data = cursor.fetchall()
    return JsonResponse({"buckets": [[str(b), t] for b, t in data]})


@require_GET
def review_snippet(request, review_id):
    review = get_object_or_404(Review, pk=review_id)
    html = mark_safe(f"<blockquote>{review.body}</blockquote><cite>{review.author_name}</cite>")
    return HttpResponse(html)


@require_GET
def review_snippet_v2(request, review_id):
    review = get_object_or_404(Review, pk=review_id)
    html = format_html("<blockquote>{}</blockquote><cite>{}</cite>", review.body, review.author_name)
    return HttpResponse(html)


@require_GET
def greeting(request):
    name = request.GET.get("name", "")
    return HttpResponse("<p>Hi " + escape(name) + ", thanks for visiting!</p>")


@require_GET
def banner(request):
    msg = request.GET.get("msg", "")
    return HttpResponse(f"<div class='banner'>{msg}</div>")


@require_POST
@login_required
def add_to_cart(request):
    data = json.loads(request.body or "{}")
    product = get_object_or_404(Product, pk=int(data.get("product_id", 0)))
    cart = request.session.setdefault("cart", {})
    cart[str(product.pk)] = cart.get(str(product.pk), 0) + int(data.get("qty", 1))
    request.session.modified = True
    return JsonResponse({"items": sum(cart.values())})


@login_required
def checkout_done(request):
    next_url = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect("shop:product_list")


def continue_shopping(request):
    return redirect(request.GET.get("return_to", "/"))


@login_required
def order_detail(request, order_id):
    try:
        order = Order.objects.get(pk=order_id, user=request.user)
    except Order.DoesNotExist:
        raise Http404
    return render(request, "shop/order_detail.html", {"order": order})
