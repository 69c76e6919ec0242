from flask import jsonify, request

from .models import Post, User


def create_post(current):
    data = {"username": current.name}
    # ruleid: PY478
    data.update(request.get_json())
    # ruleid: PY478
    user = User.objects.create(**request.POST.dict())
    # ok: PY478
    data.update({"text": request.get_json()["text"]})
    # ok: PY478
    post = Post.objects.create(author=current, text=request.json["text"])
    # ok: PY478
    reply = jsonify(**request.json)
    return data, user, post, reply
