/*
 * haptrace._percall: the per-call API's fast path, as a CPython callable.
 *
 * Why this exists: a call through the Python API used to cost a Python frame for the
 * generated wrapper, a cffi call, and for calls with outputs a tuple-subclass result built
 * by calling its type (measured: 211 ns of wrapper per call against 134 ns for a bare cffi
 * call).  A FastCall is the same wrapper as a C callable (vectorcall): it converts the
 * arguments, calls the engine's fixed-arity entry point (ht_call0..ht_call6, whose address
 * it is given by replay/machine.py from the cffi module, so the engine itself is still the
 * cffi-built one, whichever build is loaded) and builds the result.
 *
 * It takes only the common case and hands everything else to Python, so the two can never
 * disagree on an edge:
 *   - keyword arguments, a count the signature does not take, or an argument that is not
 *     a plain int in
 *     0..2^64-1 go to `slow`, the generated Python function (replay/_calls.py), which
 *     runs the call and raises the API's own errors;
 *   - a result without outputs is looked up in `known` (the shared result instances of
 *     replay/_calls.py); one not there, or a call the engine refused, goes to `finish`
 *     (replay/machine.py), which remembers or raises as the Python wrapper does.
 * The call runs once on every path: `slow` is only used before the engine is called.
 *
 * Not among the engine sources (the C files directly in csrc): it needs Python.h, and the
 * native tests build the engine without Python.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

#include <stdint.h>
#include <string.h>

#include "../gen/ht_catalogue.h"  /* HT_MAX_ARGS: the catalogue's argument slots */

typedef struct ht_machine ht_machine;

typedef int64_t (*call0_fn)(ht_machine *, uint32_t);
typedef int64_t (*call1_fn)(ht_machine *, uint32_t, uint64_t);
typedef int64_t (*call2_fn)(ht_machine *, uint32_t, uint64_t, uint64_t);
typedef int64_t (*call3_fn)(ht_machine *, uint32_t, uint64_t, uint64_t, uint64_t);
typedef int64_t (*call4_fn)(ht_machine *, uint32_t, uint64_t, uint64_t, uint64_t, uint64_t);
typedef int64_t (*call5_fn)(ht_machine *, uint32_t, uint64_t, uint64_t, uint64_t, uint64_t,
                            uint64_t);
typedef int64_t (*call6_fn)(ht_machine *, uint32_t, uint64_t, uint64_t, uint64_t, uint64_t,
                            uint64_t, uint64_t);
typedef int64_t (*call7_fn)(ht_machine *, uint32_t, uint64_t, uint64_t, uint64_t, uint64_t,
                            uint64_t, uint64_t, uint64_t);
typedef int64_t (*call8_fn)(ht_machine *, uint32_t, uint64_t, uint64_t, uint64_t, uint64_t,
                            uint64_t, uint64_t, uint64_t, uint64_t);

#define MAX_ARGS HT_MAX_ARGS
#define MAX_OUTPUTS 8

typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    void *entry;            /* ht_call<arity> */
    ht_machine *machine;    /* owned by `owner` */
    const uint64_t *out;    /* the machine's last-result output array */
    uint32_t call_id;
    Py_ssize_t arity;
    Py_ssize_t required;    /* arguments without a default: the rest default, at the end */
    uint64_t defaults[MAX_ARGS]; /* by position; used from `required` on */
    Py_ssize_t outputs;
    PyObject *owner;        /* keeps the engine alive: the cffi pointer with its destructor */
    PyObject *slow;         /* the generated Python function for this call */
    PyObject *finish;       /* finish(call_id, packed, args) for the rare results */
    PyObject *known;        /* dict: packed -> shared result instance */
    PyTypeObject *result_type; /* replay.result.CallResult, a tuple subclass */
    PyObject *call_id_object;
} FastCall;

static int64_t run(const FastCall *self, const uint64_t *a)
{
    switch (self->arity) {
    case 0: return ((call0_fn)self->entry)(self->machine, self->call_id);
    case 1: return ((call1_fn)self->entry)(self->machine, self->call_id, a[0]);
    case 2: return ((call2_fn)self->entry)(self->machine, self->call_id, a[0], a[1]);
    case 3: return ((call3_fn)self->entry)(self->machine, self->call_id, a[0], a[1], a[2]);
    case 4:
        return ((call4_fn)self->entry)(self->machine, self->call_id, a[0], a[1], a[2], a[3]);
    case 5:
        return ((call5_fn)self->entry)(self->machine, self->call_id, a[0], a[1], a[2], a[3],
                                       a[4]);
    case 6:
        return ((call6_fn)self->entry)(self->machine, self->call_id, a[0], a[1], a[2], a[3],
                                       a[4], a[5]);
    case 7:
        return ((call7_fn)self->entry)(self->machine, self->call_id, a[0], a[1], a[2], a[3],
                                       a[4], a[5], a[6]);
    default:
        return ((call8_fn)self->entry)(self->machine, self->call_id, a[0], a[1], a[2], a[3],
                                       a[4], a[5], a[6], a[7]);
    }
}

/* The result of a successful call with outputs: (call_id, packed, *outputs), built the way
 * tuple.__new__ builds a subclass instance, without the temporary tuple. */
static PyObject *with_outputs(const FastCall *self, int64_t packed)
{
    PyObject *result = self->result_type->tp_alloc(self->result_type, 2 + self->outputs);
    if (result == NULL)
        return NULL;
    Py_INCREF(self->call_id_object);
    PyTuple_SET_ITEM(result, 0, self->call_id_object);
    PyObject *item = PyLong_FromLongLong(packed);
    if (item == NULL)
        goto fail;
    PyTuple_SET_ITEM(result, 1, item);
    for (Py_ssize_t i = 0; i < self->outputs; i++) {
        item = PyLong_FromUnsignedLongLong(self->out[i]);
        if (item == NULL)
            goto fail;
        PyTuple_SET_ITEM(result, 2 + i, item);
    }
    return result;
fail:
    Py_DECREF(result); /* the unset items are NULL, which tuple dealloc skips */
    return NULL;
}

/* `finish` gets the arguments as the Python function has them: defaults filled in. */
static PyObject *rare_result(const FastCall *self, int64_t packed, PyObject *const *args,
                             Py_ssize_t given)
{
    PyObject *values = PyTuple_New(self->arity);
    if (values == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < self->arity; i++) {
        PyObject *value = i < given ? args[i] : PyLong_FromUnsignedLongLong(self->defaults[i]);
        if (value == NULL) {
            Py_DECREF(values);
            return NULL;
        }
        if (i < given)
            Py_INCREF(value);
        PyTuple_SET_ITEM(values, i, value);
    }
    PyObject *result = PyObject_CallFunction(self->finish, "OLO", self->call_id_object,
                                             (long long)packed, values);
    Py_DECREF(values);
    return result;
}

static PyObject *fastcall_vectorcall(PyObject *callable, PyObject *const *args, size_t nargsf,
                                     PyObject *kwnames)
{
    FastCall *self = (FastCall *)callable;
    Py_ssize_t given = PyVectorcall_NARGS(nargsf);
    if (kwnames != NULL || given < self->required || given > self->arity)
        return PyObject_Vectorcall(self->slow, args, nargsf, kwnames);
    uint64_t a[MAX_ARGS];
    memcpy(a, self->defaults, sizeof a);
    for (Py_ssize_t i = 0; i < given; i++) {
        /* Exactly int: bool, IntEnum and other __index__ types take the Python path,
         * which accepts and checks them as the API documents. */
        if (!PyLong_CheckExact(args[i]))
            return PyObject_Vectorcall(self->slow, args, nargsf, NULL);
        a[i] = PyLong_AsUnsignedLongLong(args[i]);
        if (a[i] == (uint64_t)-1 && PyErr_Occurred()) {
            PyErr_Clear(); /* negative or wider than 64 bits: the Python path says which */
            return PyObject_Vectorcall(self->slow, args, nargsf, NULL);
        }
    }
    int64_t packed = run(self, a);
    if (self->outputs > 0 && packed >= 0)
        return with_outputs(self, packed);
    PyObject *key = PyLong_FromLongLong(packed);
    if (key == NULL)
        return NULL;
    PyObject *known = PyDict_GetItemWithError(self->known, key); /* borrowed */
    Py_DECREF(key);
    if (known != NULL) {
        Py_INCREF(known);
        return known;
    }
    if (PyErr_Occurred())
        return NULL;
    return rare_result(self, packed, args, given);
}

static int fastcall_traverse(FastCall *self, visitproc visit, void *arg)
{
    Py_VISIT(self->owner);
    Py_VISIT(self->slow);
    Py_VISIT(self->finish);
    Py_VISIT(self->known);
    Py_VISIT(self->result_type);
    return 0;
}

static int fastcall_clear(FastCall *self)
{
    Py_CLEAR(self->owner);
    Py_CLEAR(self->slow);
    Py_CLEAR(self->finish);
    Py_CLEAR(self->known);
    Py_CLEAR(self->result_type);
    Py_CLEAR(self->call_id_object);
    return 0;
}

static void fastcall_dealloc(FastCall *self)
{
    PyObject_GC_UnTrack(self);
    fastcall_clear(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *fastcall_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"slow",    "finish",  "owner", "machine", "entry",
                            "out",     "call_id", "arity", "defaults", "outputs",
                            "known",   "result_type", NULL};
    PyObject *slow, *finish, *owner, *defaults, *known, *result_type;
    unsigned long long machine, entry, out;
    unsigned int call_id;
    Py_ssize_t arity, outputs;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OOOKKKInO!nO!O!", names, &slow, &finish,
                                     &owner, &machine, &entry, &out, &call_id, &arity,
                                     &PyTuple_Type, &defaults, &outputs, &PyDict_Type, &known,
                                     &PyType_Type, &result_type))
        return NULL;
    if (!PyCallable_Check(slow) || !PyCallable_Check(finish)) {
        PyErr_SetString(PyExc_TypeError, "FastCall: slow and finish must be callable");
        return NULL;
    }
    if (arity < 0 || arity > MAX_ARGS || outputs < 0 || outputs > MAX_OUTPUTS) {
        PyErr_Format(PyExc_ValueError, "FastCall: arity %zd or outputs %zd out of range",
                     arity, outputs);
        return NULL;
    }
    if (PyTuple_GET_SIZE(defaults) > arity) {
        PyErr_SetString(PyExc_ValueError, "FastCall: more defaults than arguments");
        return NULL;
    }
    if (machine == 0 || entry == 0 || out == 0) {
        PyErr_SetString(PyExc_ValueError, "FastCall: null machine, entry point or outputs");
        return NULL;
    }
    if (!PyType_IsSubtype((PyTypeObject *)result_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "FastCall: result_type must subclass tuple");
        return NULL;
    }
    FastCall *self = (FastCall *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->vectorcall = fastcall_vectorcall;
    self->entry = (void *)(uintptr_t)entry;
    self->machine = (ht_machine *)(uintptr_t)machine;
    self->out = (const uint64_t *)(uintptr_t)out;
    self->call_id = call_id;
    self->arity = arity;
    self->required = arity - PyTuple_GET_SIZE(defaults);
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(defaults); i++) {
        uint64_t value = PyLong_AsUnsignedLongLong(PyTuple_GET_ITEM(defaults, i));
        if (value == (uint64_t)-1 && PyErr_Occurred()) {
            Py_DECREF(self);
            return NULL;
        }
        self->defaults[self->required + i] = value;
    }
    self->outputs = outputs;
    self->call_id_object = PyLong_FromUnsignedLong(call_id);
    if (self->call_id_object == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    Py_INCREF(owner);
    self->owner = owner;
    Py_INCREF(slow);
    self->slow = slow;
    Py_INCREF(finish);
    self->finish = finish;
    Py_INCREF(known);
    self->known = known;
    Py_INCREF(result_type);
    self->result_type = (PyTypeObject *)result_type;
    return (PyObject *)self;
}

/* help(), inspect.signature() and the docstring come from the Python function. */
static PyObject *fastcall_get_doc(FastCall *self, void *closure)
{
    (void)closure;
    return PyObject_GetAttrString(self->slow, "__doc__");
}

static PyObject *fastcall_get_name(FastCall *self, void *closure)
{
    (void)closure;
    return PyObject_GetAttrString(self->slow, "__name__");
}

static PyObject *fastcall_get_wrapped(FastCall *self, void *closure)
{
    (void)closure;
    Py_INCREF(self->slow);
    return self->slow;
}

static PyObject *fastcall_repr(FastCall *self)
{
    return PyUnicode_FromFormat("<haptrace call %R>", self->slow);
}

static PyGetSetDef fastcall_getset[] = {
    {"__doc__", (getter)fastcall_get_doc, NULL, NULL, NULL},
    {"__name__", (getter)fastcall_get_name, NULL, NULL, NULL},
    {"__qualname__", (getter)fastcall_get_name, NULL, NULL, NULL},
    {"__wrapped__", (getter)fastcall_get_wrapped, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyMemberDef fastcall_members[] = {
    {"__vectorcalloffset__", T_PYSSIZET, offsetof(FastCall, vectorcall), READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyTypeObject FastCallType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "haptrace._percall.FastCall",
    .tp_basicsize = sizeof(FastCall),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_vectorcall_offset = offsetof(FastCall, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_new = fastcall_new,
    .tp_dealloc = (destructor)fastcall_dealloc,
    .tp_traverse = (traverseproc)fastcall_traverse,
    .tp_clear = (inquiry)fastcall_clear,
    .tp_getset = fastcall_getset,
    .tp_members = fastcall_members,
    .tp_repr = (reprfunc)fastcall_repr,
};

static struct PyModuleDef percall_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "haptrace._percall",
    .m_doc = "The per-call API's fast path (see csrc/python/percall.c).",
    .m_size = -1,
};

PyMODINIT_FUNC PyInit__percall(void)
{
    if (PyType_Ready(&FastCallType) < 0)
        return NULL;
    PyObject *module = PyModule_Create(&percall_module);
    if (module == NULL)
        return NULL;
    Py_INCREF(&FastCallType);
    if (PyModule_AddObject(module, "FastCall", (PyObject *)&FastCallType) < 0) {
        Py_DECREF(&FastCallType);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
