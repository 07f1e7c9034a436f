// Bound C++ classes: constructors, fields, methods, properties, static methods, operators and __repr__,
// inheritance between bound classes, script subclasses, and objects passed by value, shared_ptr and reference.
#include <cmath>
#include <memory>

#include "check.hpp"

struct Vec {
    double x = 0, y = 0;
    Vec(double x_, double y_) : x(x_), y(y_) {}
    double length() const { return std::sqrt(x * x + y * y); }
    void scale(double k) { x *= k; y *= k; }
    Vec operator+(Vec const& o) const { return {x + o.x, y + o.y}; }
    bool operator==(Vec const& o) const { return x == o.x && y == o.y; }
};

struct Shape {
    virtual ~Shape() = default;
    virtual double area() const = 0;
    std::string label = "shape";
};
struct Circle : Shape {
    double r;
    explicit Circle(double radius) : r(radius) {}
    double area() const override { return 3.0 * r * r; }
};

int destroyed = 0;
struct Tracked {
    int id;
    explicit Tracked(int i) : id(i) {}
    Tracked(Tracked const& o) : id(o.id) {}
    ~Tracked() { ++destroyed; }
};

int main() {
    weft::Engine engine;
    engine.def_class<Vec>("Vec")
        .def(weft::init<double, double>(), weft::arg("x"), weft::arg("y") = 0.0)
        .field("x", &Vec::x)
        .field("y", &Vec::y)
        .def("length", &Vec::length)
        .def("scale", &Vec::scale)
        .def("__add__", [](Vec const& a, Vec const& b) { return a + b; })
        .def("__eq__", [](Vec const& a, Vec const& b) { return a == b; })
        .def("__repr__", [](Vec const& v) { return "Vec(" + std::to_string(int(v.x)) + ", " + std::to_string(int(v.y)) + ")"; })
        .property("norm2", [](Vec const& v) { return v.x * v.x + v.y * v.y; })
        .def_static("zero", [] { return Vec(0, 0); });
    engine.def("dot", [](Vec const& a, Vec const& b) { return a.x * b.x + a.y * b.y; });
    engine.def("twice", [](Vec v) {
        v.scale(2);
        return v;
    });

    CHECK_EQ(engine.eval("Vec(3, 4).length()").as<double>(), 5.0);
    CHECK_EQ(engine.eval("repr(Vec(1, 2) + Vec(3, 4))").as<std::string>(), "Vec(4, 6)");
    CHECK_EQ(engine.eval("Vec(x=2).y").as<double>(), 0.0);
    CHECK_EQ(engine.eval("Vec(1, 2) == Vec(1, 2)").as<bool>(), true);
    CHECK_EQ(engine.eval("Vec(1, 2) == 5").as<bool>(), false);  // __eq__ gives NotImplemented: identity decides
    CHECK_EQ(engine.eval("dot(Vec(1, 2), Vec(3, 4))").as<double>(), 11.0);
    CHECK_EQ(engine.eval("Vec(3, 4).norm2").as<double>(), 25.0);
    CHECK_EQ(engine.eval("repr(Vec.zero())").as<std::string>(), "Vec(0, 0)");
    CHECK_EQ(engine.eval("type(Vec(1, 1)).__name__").as<std::string>(), "Vec");
    engine.run_string("v = Vec(1, 1)\nv.scale(3)\nv.x = 10\nw = twice(v)\n");
    CHECK_EQ(engine.eval("(v.x, v.y, w.x, w.y)").repr(), "(10.0, 3.0, 20.0, 6.0)");  // twice() got a copy
    Vec& inside = engine.eval("v").as<Vec&>();
    inside.y = 7;
    CHECK_EQ(engine.eval("v.y").as<double>(), 7.0);  // a reference to the script's object
    CHECK_EQ(error_of([&] { engine.eval("Vec(1, 2) + 1"); }), "TypeError: unsupported operand type(s) for +: 'Vec' and 'int'");
    CHECK_EQ(error_of([&] { engine.eval("dot(Vec(1, 2), 3)"); }), "TypeError: dot() argument 2 must be Vec, not int");
    CHECK_EQ(error_of([&] { engine.eval("Vec('a')"); }), "TypeError: Vec.__init__() argument 'x' must be float, not str");
    CHECK_EQ(error_of([&] { engine.run_string("Vec(1, 2).norm2 = 3"); }), "AttributeError: property 'norm2' of 'Vec' object has no setter");

    // a script subclass of a bound class
    engine.run_string(
        "class Named(Vec):\n"
        "    def __init__(self, name, x, y):\n"
        "        super().__init__(x, y)\n"
        "        self.name = name\n"
        "    def __repr__(self):\n"
        "        return f'{self.name}@{self.length()}'\n"
        "n = Named('p', 3, 4)\n");
    CHECK_EQ(engine.eval("repr(n)").as<std::string>(), "p@5.0");
    CHECK_EQ(engine.eval("dot(n, n)").as<double>(), 25.0);
    CHECK_EQ(engine.eval("isinstance(n, Vec)").as<bool>(), true);

    // inheritance between bound classes; a Circle is accepted where a Shape is
    engine.def_class<Shape>("Shape").def("area", &Shape::area).field("label", &Shape::label);
    engine.def_class<Circle, Shape>("Circle").def(weft::init<double>()).field("r", &Circle::r);
    engine.def("describe", [](Shape const& s) { return s.label + " " + std::to_string(int(s.area())); });
    CHECK_EQ(engine.eval("describe(Circle(2))").as<std::string>(), "shape 12");
    CHECK_EQ(engine.eval("Circle(1).area()").as<double>(), 3.0);
    CHECK_EQ(engine.eval("issubclass(Circle, Shape)").as<bool>(), true);
    CHECK_EQ(error_of([&] { engine.eval("Shape()"); }), "TypeError: cannot create 'Shape' instances");

    // ownership: by value (the script's copy), shared_ptr (shared), pointer (the host's)
    engine.def_class<Tracked>("Tracked").def(weft::init<int>()).field("id", &Tracked::id);
    auto shared = std::make_shared<Tracked>(1);
    Tracked host_owned(2);
    engine.def("shared_one", [&] { return shared; });
    engine.def("host_one", [&] { return &host_owned; });
    engine.def("copy_of", [](Tracked const& t) { return t; });
    engine.run_string("a = shared_one()\nb = host_one()\nc = copy_of(b)\nb.id = 20\n");
    CHECK_EQ(host_owned.id, 20);  // the script changed the host's object
    CHECK_EQ(engine.eval("c.id").as<int>(), 2);
    CHECK_EQ(shared.use_count(), 2);  // the host's and the script object's
    int before = destroyed;
    engine.run_string("del a, b, c\n");
    CHECK_EQ(shared.use_count(), 1);
    CHECK_EQ(destroyed, before + 1);  // only the script's copy was destroyed
    std::shared_ptr<Tracked> back = engine.eval("Tracked(9)").as<std::shared_ptr<Tracked>>();
    CHECK_EQ(back->id, 9);
    std::puts("classes: ok");
}
